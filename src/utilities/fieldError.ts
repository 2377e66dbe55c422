import type { PayloadRequest } from 'payload'

import { APIError, ValidationError } from 'payload'

import { type Bilingual, localize } from '../i18n/localize'

/** A 400 naming the field and the reason, in the request's language (Payload's validation shape). */
export const fieldError = (
  req: PayloadRequest,
  collection: string,
  path: string,
  message: Bilingual,
): ValidationError =>
  new ValidationError({ collection, errors: [{ message: localize(req, message), path }] }, req.t)

/** An endpoint's refusal: `status` with the message (and the field, for a 400), shown to the caller. */
export const refuse = (
  req: PayloadRequest,
  status: number,
  message: Bilingual,
  path?: string,
): APIError => {
  const text = localize(req, message)
  // The shape Payload's ValidationError carries, so the answer names the field the same way.
  return new APIError(text, status, path ? { errors: [{ message: text, path }] } : null, true)
}
