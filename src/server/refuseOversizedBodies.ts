import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { bodyLimitsOf, capFor } from '../http/bodyLimits'
import { tooLarge } from '../http/checkRequestBody'
import { closeAfterLingering } from './closeAfterLingering'
import { languageOfNodeRequest } from './languageOfNodeRequest'

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
    // The body is not read: close the connection after the answer rather than drain it.
    closeAfterLingering(req, res)
    res
      .status(status)
      .set('Cache-Control', 'private, no-store')
      .json({ errors: [{ message: message[languageOfNodeRequest(payload.config, req)] }] })
  }
