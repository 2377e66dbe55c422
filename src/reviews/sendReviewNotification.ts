import type { TaskConfig } from 'payload'

import { adminDocumentUrl } from '../email/adminDocumentUrl'
import { deliverOnce } from '../jobs/deliverOnce'
import { collectionNames } from '../vocabulary/collectionNames'
import { SEND_REVIEW_NOTIFICATION } from '../vocabulary/taskNames'
import { reviewEmail } from './reviewEmail'
import type { ReviewEventKind } from './states'

type Args = {
  attempts: number
  /** How long a delivery attempt holds its claim (the plugin's `jobs.staleAfterSeconds`). */
  leaseMs: number
  retryDelayMs: number
}

/**
 * Mails the recipients of one review event, one after the other, each through deliverOnce (a
 * review-deliveries row per event and recipient, as booking notifications have): a retried job, or
 * the same job run twice at once, sends only what has not been delivered. SMTP failures throw, so
 * the queue retries with exponential backoff.
 */
export const sendReviewNotificationTask = ({
  attempts,
  leaseMs,
  retryDelayMs,
}: Args): TaskConfig => ({
  slug: SEND_REVIEW_NOTIFICATION,
  handler: async ({ input, req }) => {
    const { eventId, recipients } = input as { eventId: string; recipients: string[] }
    const event = await req.payload.findByID({
      collection: collectionNames.reviewEvents,
      depth: 1,
      id: eventId,
      req,
    })
    const document = event.document as {
      relationTo: string
      value: { id: number | string } | number | string
    }
    const docId = typeof document.value === 'object' ? document.value.id : document.value
    const by =
      typeof event.by === 'object' && event.by ? (event.by.name ?? event.by.email) : undefined
    const { subject, text } = reviewEmail({
      adminUrl: adminDocumentUrl(req.payload.config, document.relationTo, docId),
      by,
      kind: event.kind as ReviewEventKind,
      note: event.note,
      title: event.title ?? 'A document',
    })
    let sent = 0
    for (const to of recipients) {
      const result = await deliverOnce({
        collection: collectionNames.reviewDeliveries,
        data: { event: event.id, to },
        deliver: async () => {
          await req.payload.sendEmail({ subject, text, to })
        },
        key: `${event.id}:${to}`,
        leaseMs,
        payload: req.payload,
      })
      if (result === 'delivered') sent++
    }
    return { output: { sent } }
  },
  inputSchema: [
    { name: 'eventId', type: 'text', required: true },
    { name: 'recipients', type: 'json', required: true },
  ],
  retries: { attempts, backoff: { delay: retryDelayMs, type: 'exponential' } },
})
