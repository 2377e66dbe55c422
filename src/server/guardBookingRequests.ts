import type { RequestHandler } from 'express'

import { rateLimit } from 'express-rate-limit'

export type BookingGuardOptions = {
  /** Largest accepted body, in bytes (64 KB). */
  maxBytes: number
  /** Requests per client IP per window (5). */
  perWindow: number
  windowMs: number
}

/** 413 for a body over the limit, judged from Content-Length before anything is read. */
const limitBodySize =
  (maxBytes: number): RequestHandler =>
  (req, res, next) => {
    const length = Number(req.headers['content-length'] ?? NaN)
    if (Number.isNaN(length)) {
      res.status(411).json({ errors: [{ message: 'Send the request with a Content-Length.' }] })
      return
    }
    if (length > maxBytes) {
      res.status(413).json({
        errors: [{ message: `The request is larger than ${Math.round(maxBytes / 1024)} KB.` }],
      })
      return
    }
    next()
  }

/**
 * In front of the public booking form (`POST /api/booking-requests`): a size limit, then
 * express-rate-limit per client IP (`req.ip`: the socket, unless TRUST_PROXY names a proxy), with
 * 429 and Retry-After.
 */
export const guardBookingRequests = ({
  maxBytes,
  perWindow,
  windowMs,
}: BookingGuardOptions): RequestHandler[] => [
  limitBodySize(maxBytes),
  rateLimit({
    legacyHeaders: false,
    limit: perWindow,
    message: {
      errors: [{ message: 'Too many booking requests from here: please try again later.' }],
    },
    standardHeaders: 'draft-7',
    validate: { xForwardedForHeader: false },
    windowMs,
  }),
]
