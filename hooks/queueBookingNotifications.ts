import type { CollectionAfterChangeHook } from 'payload'

import { BOOKING_TASKS } from '../src/jobs/bookingTasks'

/**
 * On a new request: tell staff, post the webhook, acknowledge the requester, and set the SLA reminder.
 * Queued with `req`, so the jobs are saved in the same transaction as the request itself.
 */
export const queueBookingNotifications =
  ({ slaHours }: { slaHours: number }): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create') return doc
    const input = { requestId: String(doc.id) }
    for (const task of [
      BOOKING_TASKS.notifyStaff,
      BOOKING_TASKS.webhook,
      BOOKING_TASKS.acknowledge,
    ]) {
      await req.payload.jobs.queue({ input, req, task })
    }
    await req.payload.jobs.queue({
      input,
      req,
      task: BOOKING_TASKS.slaReminder,
      waitUntil: new Date(Date.now() + slaHours * 3600_000),
    })
    return doc
  }
