import type { Field } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { instantPicker } from '../../src/dates/instantFormat'

/**
 * An admin deactivates an account instead of deleting it: the person can no longer sign in (their
 * sessions end at once) and gets no mail or assignments, while everything they did keeps their name.
 * Unticking reactivates it; they then sign in again.
 */
export const deactivationFields: Field[] = [
  {
    name: 'isDeactivated',
    type: 'checkbox',
    access: { create: isAdmin, update: isAdmin },
    admin: {
      description: {
        en: 'Only admins change this. A deactivated person cannot sign in and gets no mail or assignments; their review history, notes and status moves keep their name.',
        zh: '只有管理员可以更改。已停用的用户无法登录，也不会收到邮件或分配；其审核记录、备注和状态变更仍显示其姓名。',
      },
      position: 'sidebar',
    },
    defaultValue: false,
    label: { en: 'Deactivated', zh: '已停用' },
  },
  {
    // Written by stampDeactivation only.
    name: 'deactivatedAt',
    type: 'date',
    access: { create: nobody, update: nobody },
    admin: {
      condition: (data) => Boolean(data?.isDeactivated),
      date: instantPicker,
      position: 'sidebar',
      readOnly: true,
    },
    label: { en: 'Deactivated on', zh: '停用时间' },
  },
]
