import type { CollectionAfterChangeHook } from 'payload'

import { pendingReviewSlot } from '../../src/reviews/reviewContext'
import type { ReviewEventKind } from '../../src/reviews/states'

/** Moves that pass the document to someone else (an edit that resets an approval does not). */
const HAND_OFFS: ReviewEventKind[] = [
  'submitted',
  'changes_requested',
  'approved',
  'published',
  'published_directly',
]

/** Payload's collection of edit locks (payload/dist/locked-documents/config.js). */
const LOCKS = 'payload-locked-documents'

/**
 * A review move (submit, request changes, approve, publish) hands the document to someone else:
 * the mover's edit lock on it goes with the save, on every path (admin, REST, GraphQL, Local API).
 * Payload drops locks when an update starts, but the admin's change handler re-creates the mover's
 * lock while the move is on its way, and a closed tab never releases it: the next person was told
 * the mover "is currently editing" and had to take over. Others' locks are left alone.
 * Runs before recordReviewEvents, which takes the pending decision off the request.
 */
export const releaseMoverLock: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const pending = pendingReviewSlot.peek(req, collection.slug)
  const isHandOff = pending?.events.some(
    ({ from, kind, to }) => HAND_OFFS.includes(kind) && from !== to,
  )
  if (!pending || !isHandOff || pending.actorId === undefined) return doc
  if (!req.payload.collections[LOCKS]) return doc
  await req.payload.db.deleteMany({
    collection: LOCKS,
    req,
    where: {
      and: [
        { 'document.relationTo': { equals: collection.slug } },
        { 'document.value': { equals: doc.id } },
        { 'user.value': { equals: pending.actorId } },
      ],
    },
  })
  return doc
}
