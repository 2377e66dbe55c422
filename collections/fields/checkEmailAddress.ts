import type { Bilingual } from '../../src/vocabulary/bilingual'

/**
 * Characters no address holds: blanks, those that end an address in a mail header, controls,
 * invisible ones (format characters and every default-ignorable one: zero-width spaces, joiners,
 * variation selectors, Hangul fillers), unassigned and private-use code points, lone surrogates.
 * Each would make an address no one can type again, so never found by export or erasure.
 */
const NOT_IN_ADDRESS = String.raw`\s@<>()",;:\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cn}\p{Co}\p{Cs}`

/** name@domain.tld, none of NOT_IN_ADDRESS anywhere. */
const EMAIL_ADDRESS = new RegExp(
  `^[^${NOT_IN_ADDRESS}]+@[^${NOT_IN_ADDRESS}]+\\.[^${NOT_IN_ADDRESS}]+$`,
  'u',
)

/** The longest address SMTP carries (RFC 5321's path limit, less its brackets). */
const MAX_LENGTH = 254

/**
 * Is this an e-mail address we take? True, or why not (required, too long, malformed) in both
 * languages: the booking form's field (validateEmail) and the privacy endpoints share it.
 */
export const checkEmailAddress = (value: unknown): Bilingual | true => {
  if (typeof value !== 'string' || value === '')
    return { en: 'An email address is required.', zh: '请填写电子邮件地址。' }
  if (value.length > MAX_LENGTH)
    return { en: 'This email address is too long.', zh: '电子邮件地址过长。' }
  return EMAIL_ADDRESS.test(value)
    ? true
    : { en: 'This is not a valid email address.', zh: '电子邮件地址无效。' }
}
