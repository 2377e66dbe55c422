import type { Bilingual } from '../../src/vocabulary/bilingual'

/**
 * name@domain.tld, without blanks, the characters that end an address in a mail header, control
 * characters or invisible ones (a zero-width space would make an address no one can look up).
 */
const EMAIL_ADDRESS =
  /^[^\s@<>()",;:\p{Cc}\p{Cf}]+@[^\s@<>()",;:\p{Cc}\p{Cf}]+\.[^\s@<>()",;:\p{Cc}\p{Cf}]+$/u

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
