import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { type Bilingual, localize } from '../i18n/localize'

/**
 * Refuses the request with 429 and `Retry-After` (seconds). The header goes on
 * `req.responseHeaders`, which Payload's REST and GraphQL handlers add to their answer, errors
 * included; the message is in the request's language.
 */
export const refuseTooManyRequests = (
  req: PayloadRequest,
  retryAfterSeconds: number,
  message: Bilingual,
): never => {
  req.responseHeaders = new Headers(req.responseHeaders)
  req.responseHeaders.set('Retry-After', String(retryAfterSeconds))
  throw new APIError(localize(req, message), 429, undefined, true)
}
