import type { CollectionAfterChangeHook } from 'payload'

import { recipientsFor } from '../../src/reviews/recipientsFor'
import { pendingReviewSlot } from '../../src/reviews/reviewContext'
import { idOf } from '../../src/utilities/idOf'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { SEND_REVIEW_NOTIFICATION } from '../../src/vocabulary/taskNames'

/**
 * Writes the review events the save decided on (in the save's transaction) and queues a
 * notification job per event, so mail is sent, and retried, outside the request.
 */
export const recordReviewEvents: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const pending = pendingReviewSlot.take(req, collection.slug)
  if (!pending) return doc
  for (const event of pending.events) {
    const created = await req.payload.create({
      collection: collectionNames.reviewEvents,
      data: {
        by: pending.actorId as number | undefined,
        document: { relationTo: collection.slug as 'interviews', value: doc.id },
        from: event.from,
        isSelfApproval:
          pending.isSelfApproval && ['approved', 'published_directly'].includes(event.kind),
        kind: event.kind,
        note: pending.note,
        title: doc.title ?? doc.name,
        to: event.to,
      },
      depth: 0,
      req,
    })
    const recipients = await recipientsFor({
      actorId: pending.actorId,
      authorId: idOf(doc.reviewSubmittedBy),
      kind: event.kind,
      payload: req.payload,
      req,
    })
    if (recipients.length === 0) continue
    await req.payload.jobs.queue({
      input: { eventId: String(created.id), recipients },
      req,
      task: SEND_REVIEW_NOTIFICATION,
    })
  }
  return doc
}
