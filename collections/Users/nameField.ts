import type { TextField, TextFieldSingleValidation } from 'payload'

import { text as textDefaults } from 'payload/shared'

import { localize } from '../../src/i18n/localize'

/** Shorter than this is an initial or a placeholder, not a name colleagues recognise ("李明" is 2). */
export const MIN_NAME_LENGTH = 2
export const MAX_NAME_LENGTH = 120

/** Blank and whitespace-only names are refused by name, in the reader's language. */
const validateName: TextFieldSingleValidation = (value, args) => {
  const name = typeof value === 'string' ? value.trim() : ''
  if (!name)
    return localize(args.req, {
      en: 'A name is required: colleagues see it on assignments, notes and histories.',
      zh: '姓名为必填项：同事会在分配、备注和历史记录中看到它。',
    })
  if (name.length < MIN_NAME_LENGTH)
    return localize(args.req, {
      en: `A name needs at least ${MIN_NAME_LENGTH} characters.`,
      zh: `姓名至少需要 ${MIN_NAME_LENGTH} 个字符。`,
    })
  return textDefaults(name, args)
}

/**
 * The person's name: what the admin shows wherever a user appears (the collection's `useAsTitle`:
 * assignees, note authors, histories, join tables). Stored trimmed; required on every create and
 * update, whichever API is used.
 */
export const nameField: TextField = {
  name: 'name',
  type: 'text',
  hooks: {
    beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)],
  },
  label: { en: 'Name', zh: '姓名' },
  maxLength: MAX_NAME_LENGTH,
  required: true,
  validate: validateName,
}
