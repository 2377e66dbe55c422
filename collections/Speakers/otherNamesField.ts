import type { TextField, TextFieldManyValidation } from 'payload'

import { text } from 'payload/shared'

import { localize } from '../../src/i18n/localize'

/**
 * Every other name must be text with something in it; Payload's own check (length, count) only
 * measures what it is given, so `[{ name: 'Jay' }]` would reach the database and fail there.
 */
const validateOtherNames: TextFieldManyValidation = (value, options) => {
  if (value === null || value === undefined) return true
  if (!Array.isArray(value) || value.some((name) => typeof name !== 'string' || !name.trim())) {
    return localize(options.req, {
      en: 'Give each other name as text, one name per entry.',
      zh: '每个其他名字请填写文字，每项一个名字。',
    })
  }
  // Payload types its text validator for one string; it checks a hasMany field's list as well.
  return (text as unknown as TextFieldManyValidation)(value, options)
}

/** Names a speaker also goes by; search finds the speaker by each (see src/search/searchTerms). */
export const otherNamesField: TextField = {
  name: 'otherNames',
  type: 'text',
  admin: {
    description: {
      en: 'Names the speaker also goes by, one per entry: a name in another script (郭怡广), an English name (Kai-Fu Lee), a Cantonese spelling (Chan Yik-shun). Search finds the speaker by each.',
      zh: '嘉宾的其他名字，每项一个：其他文字的姓名（郭怡广）、英文名（Kai-Fu Lee）、粤语拼法（Chan Yik-shun）。搜索时按每个名字都能找到该嘉宾。',
    },
  },
  hasMany: true,
  label: { en: 'Also known as', zh: '其他名字' },
  maxLength: 120,
  maxRows: 5,
  validate: validateOtherNames,
}
