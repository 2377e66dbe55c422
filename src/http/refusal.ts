import type { SanitizedConfig } from 'payload'

import { getRequestLanguage } from 'payload'
import { parseCookies } from 'payload/shared'

import type { Bilingual } from '../i18n/localize'

/**
 * The language Payload would answer this request in (the `payload-lng` cookie, then
 * Accept-Language), for answers given before Payload builds its request.
 */
export const languageOf = (config: SanitizedConfig, headers: Headers): 'en' | 'zh' =>
  getRequestLanguage({ config, cookies: parseCookies(headers), headers }) === 'zh' ? 'zh' : 'en'

/** A refusal shaped like Payload's own errors: `{ errors: [{ message }] }`, nothing cached. */
export const refusal = ({
  language,
  message,
  status,
}: {
  language: 'en' | 'zh'
  message: Bilingual
  status: number
}): Response =>
  Response.json(
    { errors: [{ message: message[language] }] },
    { headers: { 'Cache-Control': 'private, no-store' }, status },
  )
