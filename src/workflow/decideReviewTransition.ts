import type { Role } from '../../collections/slugs'
import { type ReviewEventKind, type ReviewState, reviewTransitions } from './states'

export type ReviewEvent = {
  from: ReviewState
  kind: ReviewEventKind
  to: 'published' | ReviewState
}

export type ReviewDecision = {
  events: ReviewEvent[]
  /** The state the saved version will have. */
  next: ReviewState
  /** An admin approved or published what they had submitted themselves. */
  isSelfApproval: boolean
}

export type ReviewIntent = {
  isContentChanged: boolean
  isPublishing: boolean
  /** A status-only publish through the Local API: what a scheduled publication job does. */
  isScheduled: boolean
  isUnpublishing: boolean
  note?: string
  previous: ReviewState
  /** The reviewState the request asks for, when it differs from the current one. */
  requested?: ReviewState
  roles: readonly Role[]
  submittedBy?: string
  userId?: string
}

export class ReviewRuleError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403,
    readonly field?: 'reviewNote' | 'reviewState',
  ) {
    super(message)
  }
}

const has = (roles: readonly Role[], ...wanted: Role[]): boolean =>
  roles.some((role) => wanted.includes(role))

const kindFor: Record<ReviewState, ReviewEventKind> = {
  approved: 'approved',
  changes_requested: 'changes_requested',
  draft: 'reset_by_edit',
  in_review: 'submitted',
}

/**
 * The review workflow's rules, as one pure function: given what a save asks for and who asks, the
 * review state the saved version gets and the events to record, or a ReviewRuleError (403 for "not
 * you", 400 for "not from this state" or a missing note).
 */
export const decideReviewTransition = (intent: ReviewIntent): ReviewDecision => {
  const {
    isContentChanged,
    isPublishing,
    isScheduled,
    isUnpublishing,
    note,
    previous,
    requested,
    roles,
  } = intent
  const isAdmin = has(roles, 'admin')
  const isOwnSubmission = Boolean(intent.userId && intent.submittedBy === intent.userId)
  const events: ReviewEvent[] = []
  let state = previous
  let isSelfApproval = false

  if (isContentChanged && state === 'approved') {
    events.push({ from: state, kind: 'reset_by_edit', to: 'draft' })
    state = 'draft'
  }

  if (requested && requested !== state) {
    const allowed = reviewTransitions[state][requested]
    if (!allowed) {
      throw new ReviewRuleError(
        `A document cannot go from "${state}" to "${requested}".`,
        400,
        'reviewState',
      )
    }
    if (!has(roles, ...allowed)) {
      throw new ReviewRuleError(
        `Only ${allowed.join(' or ')} users can move a document to "${requested}".`,
        403,
      )
    }
    if (requested === 'approved' && isOwnSubmission) {
      if (!isAdmin)
        throw new ReviewRuleError('You cannot approve a version you submitted yourself.', 403)
      isSelfApproval = true
    }
    if (requested === 'changes_requested' && !note?.trim()) {
      throw new ReviewRuleError('Say what should change: a note is required.', 400, 'reviewNote')
    }
    events.push({ from: state, kind: kindFor[requested], to: requested })
    state = requested
  }

  if (isPublishing) {
    if (!has(roles, 'reviewer', 'admin')) {
      throw new ReviewRuleError(
        'Only reviewers and admins publish: submit the document for review.',
        403,
      )
    }
    if (state !== 'approved' && (isScheduled || !isAdmin)) {
      throw new ReviewRuleError('Only an approved document can be published.', 403)
    }
    if (state !== 'approved' && isOwnSubmission) isSelfApproval = true
    events.push({
      from: state,
      kind: state === 'approved' ? 'published' : 'published_directly',
      to: 'published',
    })
    state = 'approved'
  }

  if (isUnpublishing) {
    if (!has(roles, 'reviewer', 'admin')) {
      throw new ReviewRuleError('Only reviewers and admins unpublish.', 403)
    }
    events.push({ from: state, kind: 'unpublished', to: 'draft' })
    state = 'draft'
  }

  return { events, isSelfApproval, next: state }
}
