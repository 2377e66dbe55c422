import { dictionary } from '@zxcvbn-ts/language-common'

let common: Set<string> | undefined

/**
 * Whether `password` (any case) is one of the 49,233 common passwords zxcvbn-ts keeps
 * (`@zxcvbn-ts/language-common`, a maintained list from leaked-password corpora). Built on first use.
 */
export const isCommonPassword = (password: string): boolean => {
  common ??= new Set(dictionary['passwords-common'].map((entry) => String(entry).toLowerCase()))
  return common.has(password.toLowerCase())
}
