import type { Bilingual } from '../i18n/localize'

import { isCommonPassword } from './commonPasswords'

type Args = {
  /** The account's e-mail address (new or stored), if known. */
  email?: unknown
  minLength: number
  /** The account's name (new or stored), if known. */
  name?: unknown
  password: unknown
}

const sameText = (a: string, b: unknown): boolean =>
  typeof b === 'string' && b.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase()

/**
 * Why a new password is refused, or undefined when it is fine: at least `minLength` characters
 * (counted as the user sees them, so 12 Chinese characters are 12), not on the common-password
 * list, and not the account's own e-mail address, its local part or the person's name.
 */
export const findPasswordProblem = ({ email, minLength, name, password }: Args) => {
  if (typeof password !== 'string')
    return { en: 'The password must be text.', zh: '密码必须是文本。' } satisfies Bilingual
  if ([...password].length < minLength)
    return {
      en: `Use at least ${minLength} characters.`,
      zh: `请至少使用 ${minLength} 个字符。`,
    } satisfies Bilingual
  if (isCommonPassword(password) || isCommonPassword(password.trim()))
    return {
      en: 'This password is on a list of commonly used passwords: choose another.',
      zh: '此密码在常用密码列表中：请另选一个。',
    } satisfies Bilingual
  const localPart = typeof email === 'string' ? email.split('@')[0] : undefined
  if (sameText(password, email) || sameText(password, localPart) || sameText(password, name))
    return {
      en: 'The password must not be your e-mail address or your name.',
      zh: '密码不能是您的电子邮件地址或姓名。',
    } satisfies Bilingual
  return undefined
}
