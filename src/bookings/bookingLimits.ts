import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/hasRole'
import type { Bilingual } from '../i18n/localize'
import { hitRateLimit } from '../rateLimits/hitRateLimit'
import type { RateLimitRule } from '../rateLimits/rateLimitStore'
import { refuseTooManyRequests } from '../rateLimits/refuseTooManyRequests'
import type { ResolvedPluginOptions } from '../types'
import { CLIENT_IP_HEADER } from '../vocabulary/clientIpHeader'

export type BookingLimits = {
  /** Acknowledgement mails per recipient mailbox (see normalizeEmailAddress). */
  acknowledgements: RateLimitRule
  /** Largest request body of the booking form (bytes). */
  maxBodyBytes: number
  /** Booking requests per client IP. */
  perIp: RateLimitRule
}

type Options = Pick<
  ResolvedPluginOptions['bookings'],
  'acknowledgementsPerDay' | 'maxBodyBytes' | 'rateLimit' | 'rateWindowMinutes'
>

/** The booking form's limits from the plugin's `bookings` options. */
export const bookingLimitsOf = (options: Options): BookingLimits => ({
  acknowledgements: {
    limit: options.acknowledgementsPerDay,
    name: 'booking-acknowledgements',
    windowMs: 24 * 3600_000,
  },
  maxBodyBytes: options.maxBodyBytes,
  perIp: {
    limit: options.rateLimit,
    name: 'booking-requests',
    windowMs: options.rateWindowMinutes * 60_000,
  },
})

/** Set on `req.context` once a request has been counted, so the endpoint and the hook count it once. */
const COUNTED = 'bookingRequestCounted'

const tooManyRequests = (retryAfterSeconds: number): Bilingual => {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return {
    en: `Too many booking requests from this address: please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    zh: `此地址提交的预约申请过多，请在 ${minutes} 分钟后重试。`,
  }
}

/**
 * Counts one booking request of the client behind `req` against the per-IP limit, and past the
 * limit refuses it: 429 with Retry-After (set on `req.responseHeaders`, which Payload's REST
 * handler adds to its answer, errors included). Once per request, whichever of the public form's
 * endpoint and the collection hook sees it first. Requests nobody is behind go uncounted: the Local
 * API from our own code has no client IP header, which only the Express server sets; signed-in
 * staff and admins are not counted.
 */
export const refuseOverBookingLimit = async (
  req: PayloadRequest,
  rule: RateLimitRule,
): Promise<void> => {
  const ip = req.headers?.get(CLIENT_IP_HEADER)
  // Staff typing in requests taken by phone share the office's address: they are signed in, not anonymous.
  if (!ip || req.context[COUNTED] || hasRole(req.user, 'admin', 'staff')) return
  req.context[COUNTED] = true
  const { isLimited, retryAfterSeconds } = await hitRateLimit(req.payload, rule, ip)
  if (!isLimited) return
  refuseTooManyRequests(req, retryAfterSeconds, tooManyRequests(retryAfterSeconds))
}
