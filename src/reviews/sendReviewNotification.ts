import type { TaskConfig } from 'payload'

import { adminDocumentUrl } from '../email/adminDocumentUrl'
import { collectionNames } from '../vocabulary/collectionNames'
import { SEND_REVIEW_NOTIFICATION } from '../vocabulary/taskNames'
import { reviewEmail } from './reviewEmail'
import type { ReviewEventKind } from './states'

type Args = { attempts: number; retryDelayMs: number }

/**
 * Mails the recipients of one review event, one after the other. Idempotent: each delivery is
 * recorded on the event, and a retried job sends only what has not been delivered yet. SMTP failures
 * throw, so the queue retries with exponential backoff. (One job per event, not per recipient, so
 * deliveries are never written by two jobs at once.)
 */
export const sendReviewNotificationTask = ({ attempts, retryDelayMs }: Args): TaskConfig => ({
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
    const deliveries = [...(event.deliveries ?? [])]
    let sent = 0
    for (const to of recipients) {
      if (deliveries.some((delivery) => delivery.to === to)) continue
      await req.payload.sendEmail({ subject, text, to })
      deliveries.push({ deliveredAt: new Date().toISOString(), to })
      // Recorded outside the job's transaction: a later failure must not undo a mail already sent.
      await req.payload.update({
        collection: collectionNames.reviewEvents,
        data: { deliveries },
        id: eventId,
      })
      sent++
    }
    return { output: { sent } }
  },
  inputSchema: [
    { name: 'eventId', type: 'text', required: true },
    { name: 'recipients', type: 'json', required: true },
  ],
  retries: { attempts, backoff: { delay: retryDelayMs, type: 'exponential' } },
})
