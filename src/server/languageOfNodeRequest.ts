import type { IncomingMessage } from 'node:http'
import type { SanitizedConfig } from 'payload'

import { languageOf } from '../http/refusal'

/** The reader's language ('en' | 'zh') for a Node request, as Payload tells it: cookie, then Accept-Language. */
export const languageOfNodeRequest = (
  config: SanitizedConfig,
  req: IncomingMessage,
): 'en' | 'zh' => {
  const headers = new Headers()
  for (const name of ['accept-language', 'cookie']) {
    const value = req.headers[name]
    if (typeof value === 'string') headers.set(name, value)
  }
  return languageOf(config, headers)
}
