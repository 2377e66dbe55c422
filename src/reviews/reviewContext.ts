import { contextSlot } from '../utilities/contextSlot'
import type { ReviewDecision } from './decideReviewTransition'

/** A decision taken in beforeChange, carried to afterChange (where the document id is known). */
export type PendingReview = ReviewDecision & { actorId?: number | string; note?: string }

export const pendingReviewSlot = contextSlot<PendingReview>('reviewPending')
