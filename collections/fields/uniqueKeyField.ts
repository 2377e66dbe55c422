import type { TextField } from 'payload'

/**
 * A record's unique key (`speakers:12`, a slug claim, an engagement's dates): one insert claims it,
 * a second with the same key is refused by the database's unique index.
 */
export const uniqueKeyField: TextField = {
  name: 'key',
  type: 'text',
  index: true,
  label: { en: 'Key', zh: '键' },
  required: true,
  unique: true,
}
