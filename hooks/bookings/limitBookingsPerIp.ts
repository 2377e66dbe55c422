import type { CollectionBeforeOperationHook } from 'payload'

import { refuseOverBookingLimit } from '../../src/bookings/bookingLimits'
import type { RateLimitRule } from '../../src/rateLimits/rateLimitStore'

/**
 * The per-IP booking limit on every path that creates a request for a client, whatever URL
 * spelling or API brought it here; the public form's endpoint counts first (before its honeypot),
 * and a request is counted once.
 */
export const limitBookingsPerIp =
  (rule: RateLimitRule): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation === 'create') await refuseOverBookingLimit(req, rule)
    return args
  }
