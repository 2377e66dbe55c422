import type { TextField } from 'payload'
import { clientComponent } from '../../src/vocabulary/componentPaths'

/**
 * The signed-in person's current password, asked for when a form changes an e-mail address or a
 * password (requireCurrentPassword checks it). Virtual: never stored, never read back.
 */
export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  admin: {
    components: { Field: clientComponent('CurrentPasswordField') },
    description: {
      en: 'Needed to change an e-mail address or a password: yours, also when you change someone else’s.',
      zh: '更改电子邮件地址或密码时需要：请输入您自己的密码，更改他人的也是如此。',
    },
    disableBulkEdit: true,
    disableListColumn: true,
    disableListFilter: true,
  },
  hooks: { afterRead: [() => undefined] },
  label: { en: 'Your current password', zh: '您当前的密码' },
  virtual: true,
}
