import type { Bilingual } from '../i18n/localize'
import type { Role } from '../vocabulary/roles'
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
  /** An admin approved or published words they wrote or submitted themselves. */
  isSelfApproval: boolean
  /** The person saving becomes the version's submitter (they edited it while it was in review). */
  isSubmitterNow: boolean
}

export type ReviewIntent = {
  /** The save changes the content of the newest version. */
  isContentChanged: boolean
  /** The newest version is the one the public sees: nothing newer waits for review or publication. */
  isLive?: boolean
  /** The save makes the document public, or changes what the public sees of it. */
  isPublishing: boolean
  /** A status-only publish through the Local API: what a scheduled publication job does. */
  isScheduled: boolean
  /** The save takes a public document away from the public. */
  isUnpublishing: boolean
  /** Who last changed the content (before this save). */
  lastEditedBy?: string
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
    readonly bilingual: Bilingual,
    readonly status: 400 | 403,
    readonly field?: 'reviewNote' | 'reviewState',
  ) {
    super(bilingual.en)
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

const refuse = (en: string, zh: string, status: 400 | 403, field?: 'reviewNote' | 'reviewState') =>
  new ReviewRuleError({ en, zh }, status, field)

/**
 * The review workflow's rules, as one pure function: given what a save would do and who saves, the
 * review state the saved version gets and the events to record, or a ReviewRuleError (403 for "not
 * you", 400 for "not from this state" or a missing note).
 *
 * Four eyes: approving is for someone other than the person who submitted the version and the
 * person who last changed its words (admins may, recorded as self-approval); editing a version in
 * review makes the editor its submitter; an approved version that is edited is a draft again; only
 * approved versions are published, except directly by an admin (recorded as such).
 */
export const decideReviewTransition = (intent: ReviewIntent): ReviewDecision => {
  const {
    isContentChanged,
    isLive,
    isPublishing,
    isScheduled,
    isUnpublishing,
    note,
    previous,
    requested,
    roles,
    userId,
  } = intent
  const isAdmin = has(roles, 'admin')
  const events: ReviewEvent[] = []
  let state = previous
  let isSelfApproval = false
  let submittedBy = intent.submittedBy
  const lastEditedBy = isContentChanged ? userId : intent.lastEditedBy
  const isOwnWork = (): boolean =>
    Boolean(userId && (submittedBy === userId || lastEditedBy === userId))

  if (isContentChanged && state === 'approved') {
    events.push({ from: state, kind: 'reset_by_edit', to: 'draft' })
    state = 'draft'
  }
  const isSubmitterNow = isContentChanged && state === 'in_review' && submittedBy !== userId
  if (isSubmitterNow) {
    events.push({ from: state, kind: 'submitted', to: state })
    submittedBy = userId
  }

  if (requested && requested !== state) {
    const allowed = reviewTransitions[state][requested]
    if (!allowed) {
      throw refuse(
        `A document cannot go from "${state}" to "${requested}".`,
        `文档不能从“${state}”改为“${requested}”。`,
        400,
        'reviewState',
      )
    }
    // A document sent back belongs to whoever submitted or last edited it (and to editors and
    // admins): the reviewer who sent it back does not send it on again.
    const isOwnResubmission =
      state === 'changes_requested' &&
      requested === 'in_review' &&
      has(roles, 'editor', 'reviewer', 'admin') &&
      isOwnWork()
    if (!has(roles, ...allowed) && !isOwnResubmission) {
      throw refuse(
        `Only ${allowed.join(' or ')} users can move a document to "${requested}".`,
        `只有${allowed.join('或')}用户可以把文档改为“${requested}”。`,
        403,
      )
    }
    if (requested === 'changes_requested' && state === 'approved' && isLive) {
      throw refuse(
        'This version is already published: edit it (it goes back to draft) or unpublish it.',
        '此版本已发布：请直接编辑（将退回草稿）或取消发布。',
        400,
        'reviewState',
      )
    }
    if (requested === 'approved' && isContentChanged) {
      throw refuse(
        'Approval is for the version under review: save your changes first; someone else then approves them.',
        '批准只针对正在审核的版本：请先保存您的修改，再由他人批准。',
        403,
      )
    }
    if (requested === 'approved' && isOwnWork()) {
      if (!isAdmin) {
        throw refuse(
          'You cannot approve a version you submitted or last edited yourself: another reviewer must.',
          '您不能批准自己提交或最后编辑的版本：需由另一位审核人批准。',
          403,
        )
      }
      isSelfApproval = true
    }
    if (requested === 'changes_requested' && !note?.trim()) {
      throw refuse(
        'Say what should change: a note is required.',
        '请说明需要修改的内容：必须填写备注。',
        400,
        'reviewNote',
      )
    }
    events.push({ from: state, kind: kindFor[requested], to: requested })
    state = requested
  }

  if (isPublishing) {
    if (!has(roles, 'reviewer', 'admin')) {
      throw refuse(
        'Only reviewers and admins publish: submit the document for review.',
        '只有审核人和管理员可以发布：请提交文档以供审核。',
        403,
      )
    }
    if (state !== 'approved' && (isScheduled || !isAdmin)) {
      throw refuse('Only an approved document can be published.', '只有已批准的文档才能发布。', 403)
    }
    if (state !== 'approved' && isOwnWork()) isSelfApproval = true
    events.push({
      from: state,
      kind: state === 'approved' ? 'published' : 'published_directly',
      to: 'published',
    })
    state = 'approved'
  }

  if (isUnpublishing) {
    if (!has(roles, 'reviewer', 'admin')) {
      throw refuse('Only reviewers and admins unpublish.', '只有审核人和管理员可以取消发布。', 403)
    }
    events.push({ from: state, kind: 'unpublished', to: 'draft' })
    state = 'draft'
  }

  return { events, isSelfApproval, isSubmitterNow, next: state }
}
