import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { bodyLimitsOf, capFor } from '../http/bodyLimits'
import { tooLarge } from '../http/checkRequestBody'
import { languageOf } from '../http/refusal'

/**
 * 413 for any path whose Content-Length already says the body is over its cap (uploads: the upload
 * limit; anything else: the body limit), before a byte is read. Cheap, but not the only line: a
 * chunked body has no Content-Length, and the API's route handlers count the bytes they read
 * (src/http/withBodyLimits.ts).
 */
export const refuseOversizedBodies =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const length = Number(req.headers['content-length'] ?? 0)
    const cap = capFor(req.headers['content-type'], bodyLimitsOf(payload.config))
    if (!(length > cap)) return next()
    const { message, status } = tooLarge(cap)
    const headers = new Headers()
    for (const name of ['accept-language', 'cookie']) {
      const value = req.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
    // The body is not read: close the connection rather than drain it.
    res.set('Connection', 'close')
    res
      .status(status)
      .set('Cache-Control', 'private, no-store')
      .json({ errors: [{ message: message[languageOf(payload.config, headers)] }] })
  }
