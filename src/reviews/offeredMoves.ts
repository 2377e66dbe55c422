import type { Role } from '../vocabulary/roles'
import {
  decideReviewTransition,
  type ReviewIntent,
  ReviewRuleError,
} from './decideReviewTransition'
import { type ReviewState, reviewStates } from './states'

/** What the admin knows about the version on screen and who looks at it. */
export type MoveContext = {
  /** The newest version is the published one. */
  isLive: boolean
  /** Who last changed the words (contentEditedBy). */
  lastEditedBy?: string
  roles: readonly Role[]
  state: ReviewState
  submittedBy?: string
  userId: string
}

const intentFor = (context: MoveContext): ReviewIntent => ({
  isContentChanged: false,
  isLive: context.isLive,
  isPublishing: false,
  isScheduled: false,
  isUnpublishing: false,
  lastEditedBy: context.lastEditedBy,
  // The buttons ask for the note before they send a request for changes.
  note: 'note',
  previous: context.state,
  roles: context.roles,
  submittedBy: context.submittedBy,
  userId: context.userId,
})

const isAllowed = (intent: ReviewIntent): boolean => {
  try {
    decideReviewTransition(intent)
    return true
  } catch (err) {
    if (err instanceof ReviewRuleError) return false
    throw err
  }
}

/**
 * The review states this person may move the version on screen to, as the server rules
 * (decideReviewTransition) would decide for a save that changes no words: the admin offers exactly
 * these buttons.
 */
export const offeredMoves = (context: MoveContext): ReviewState[] =>
  reviewStates.filter(
    (to) => to !== context.state && isAllowed({ ...intentFor(context), requested: to }),
  )

/** Whether this person may publish the version on screen (Payload's Publish button). */
export const mayPublish = (context: MoveContext): boolean =>
  isAllowed({ ...intentFor(context), isPublishing: true })
