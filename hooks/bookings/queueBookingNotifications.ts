import type { CollectionAfterChangeHook } from 'payload'

import { normalizeEmailAddress } from '../../src/bookings/normalizeEmailAddress'
import { requesterLanguage } from '../../src/bookings/requesterLanguage'
import { hitRateLimit } from '../../src/rateLimits/hitRateLimit'
import type { RateLimitRule } from '../../src/rateLimits/rateLimitStore'
import { BOOKING_TASKS } from '../../src/vocabulary/taskNames'

type Args = {
  /** Acknowledgements per recipient mailbox: past it, a request is stored and staff told, the requester not. */
  acknowledgements: RateLimitRule
  slaHours: number
}

/**
 * On a new request: tell staff, post the webhook, acknowledge the requester (unless the address
 * typed in the form already got `acknowledgements.limit` acknowledgements that day: the form must
 * not become a way to mail anyone, again and again), and set the SLA reminder. Queued with `req`, so
 * the jobs are saved in the same transaction as the request itself.
 */
export const queueBookingNotifications =
  ({ acknowledgements, slaHours }: Args): CollectionAfterChangeHook =>
  async ({ data, doc, operation, req }) => {
    if (operation !== 'create') return doc
    const input = { requestId: String(doc.id) }
    // From what was stored: `doc` is already read as the requester may read it (without the email).
    const { isLimited } = await hitRateLimit(
      req.payload,
      acknowledgements,
      normalizeEmailAddress(String(data.email ?? '')),
    )
    if (isLimited)
      req.payload.logger.info({
        msg: 'Booking request: no acknowledgement, its address had its share today',
        requestId: doc.id,
      })
    const tasks = [BOOKING_TASKS.notifyStaff, BOOKING_TASKS.webhook]
    for (const task of tasks) await req.payload.jobs.queue({ input, req, task })
    if (!isLimited) {
      // The acknowledgement in the language the sender's browser asked the form for.
      const language = requesterLanguage(req.headers?.get('accept-language'))
      await req.payload.jobs.queue({
        input: { ...input, ...(language ? { language } : {}) },
        req,
        task: BOOKING_TASKS.acknowledge,
      })
    }
    await req.payload.jobs.queue({
      input,
      req,
      task: BOOKING_TASKS.slaReminder,
      waitUntil: new Date(Date.now() + slaHours * 3600_000),
    })
    return doc
  }
