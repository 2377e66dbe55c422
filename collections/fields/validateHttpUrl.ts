import type { PayloadRequest } from 'payload'

import { localize } from '../../src/i18n/localize'

/** Payload field validation: empty is allowed (use `required` for that), anything else must be http(s). */
export const validateHttpUrl = (
  value: unknown,
  { req }: { req?: Pick<PayloadRequest, 'i18n'> } = {},
): string | true => {
  if (value === null || value === undefined || value === '') return true
  try {
    const { protocol } = new URL(String(value))
    return protocol === 'https:' || protocol === 'http:'
      ? true
      : localize(req, { en: 'Use an http(s) link.', zh: '请使用 http(s) 链接。' })
  } catch {
    return localize(req, { en: 'This is not a valid link.', zh: '这不是有效的链接。' })
  }
}
