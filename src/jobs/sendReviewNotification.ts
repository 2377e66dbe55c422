import type { TaskConfig } from 'payload'

import { collectionSlugs } from '../../collections/slugs'
import { reviewEmail } from '../email/reviewEmail'
import type { ReviewEventKind } from '../workflow/states'

export const SEND_REVIEW_NOTIFICATION = 'sendReviewNotification'

type Args = { attempts: number; retryDelayMs: number }

/**
 * Mails one recipient about one review event. Idempotent: a delivery is recorded on the event and a
 * retried job never sends the same mail twice. SMTP failures throw, so the queue retries with
 * exponential backoff.
 */
export const sendReviewNotificationTask = ({ attempts, retryDelayMs }: Args): TaskConfig => ({
  slug: SEND_REVIEW_NOTIFICATION,
  handler: async ({ input, req }) => {
    const { eventId, to } = input as { eventId: string; to: string }
    const event = await req.payload.findByID({
      collection: collectionSlugs.reviewEvents,
      depth: 1,
      id: eventId,
      req,
    })
    if (event.deliveries?.some((delivery) => delivery.to === to))
      return { output: { skipped: true } }
    const document = event.document as {
      relationTo: string
      value: { id: number | string } | number | string
    }
    const docId = typeof document.value === 'object' ? document.value.id : document.value
    const by =
      typeof event.by === 'object' && event.by ? (event.by.name ?? event.by.email) : undefined
    const serverUrl = req.payload.config.serverURL || 'http://localhost:3000'
    const { subject, text } = reviewEmail({
      adminUrl: `${serverUrl}/admin/collections/${document.relationTo}/${docId}`,
      by,
      kind: event.kind as ReviewEventKind,
      note: event.note,
      title: event.title ?? 'A document',
    })
    await req.payload.sendEmail({ subject, text, to })
    await req.payload.update({
      collection: collectionSlugs.reviewEvents,
      data: {
        deliveries: [...(event.deliveries ?? []), { deliveredAt: new Date().toISOString(), to }],
      },
      id: eventId,
      req,
    })
    return { output: { skipped: false } }
  },
  inputSchema: [
    { name: 'eventId', type: 'text', required: true },
    { name: 'to', type: 'email', required: true },
  ],
  retries: { attempts, backoff: { delay: retryDelayMs, type: 'exponential' } },
})
