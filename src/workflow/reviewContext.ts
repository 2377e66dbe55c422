import type { PayloadRequest } from 'payload'

import type { ReviewDecision } from './decideReviewTransition'

/** A decision taken in beforeChange, carried to afterChange (where the document id is known). */
export type PendingReview = ReviewDecision & { actorId?: number | string; note?: string }

const key = (collection: string): string => `reviewPending:${collection}`

export const stashReview = (
  req: PayloadRequest,
  collection: string,
  pending: PendingReview,
): void => {
  req.context[key(collection)] = pending
}

export const takeReview = (req: PayloadRequest, collection: string): PendingReview | undefined => {
  const pending = req.context[key(collection)] as PendingReview | undefined
  delete req.context[key(collection)]
  return pending
}
