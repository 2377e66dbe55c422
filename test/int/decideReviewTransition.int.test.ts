import { describe, expect, it } from '@jest/globals'

import type { Role } from '../../src/vocabulary/roles'
import {
  decideReviewTransition,
  type ReviewIntent,
  ReviewRuleError,
} from '../../src/reviews/decideReviewTransition'
import type { ReviewState } from '../../src/reviews/states'

const ED = 'ed'
const ERIN = 'erin'
const RAVI = 'ravi'
const ADA = 'ada'

/** A save that changes nothing but what the row says, by `userId` holding `roles`. */
const intent = (
  previous: ReviewState,
  roles: Role[],
  userId: string,
  extra: Partial<ReviewIntent> = {},
): ReviewIntent => ({
  isContentChanged: false,
  isPublishing: false,
  isScheduled: false,
  isUnpublishing: false,
  lastEditedBy: ED,
  previous,
  roles,
  submittedBy: ED,
  userId,
  ...extra,
})

/** What the rules answer: the next state and event kinds, or the refusal's status (and field). */
const outcome = (asked: ReviewIntent): string => {
  try {
    const { events, isSelfApproval, isSubmitterNow, next } = decideReviewTransition(asked)
    const flags = [isSelfApproval && 'self-approval', isSubmitterNow && 'submitter-now'].filter(
      Boolean,
    )
    return [next, events.map(({ kind }) => kind).join('+') || '-', ...flags].join(' ')
  } catch (err) {
    if (!(err instanceof ReviewRuleError)) throw err
    return `refused ${err.status}${err.field ? ` ${err.field}` : ''}`
  }
}

describe('decideReviewTransition, case by case', () => {
  // [what happens, the intent, the outcome]
  const cases: [string, ReviewIntent, string][] = [
    // Submitting
    [
      'an editor submits a draft',
      intent('draft', ['editor'], ED, { requested: 'in_review' }),
      'in_review submitted',
    ],
    [
      'a reviewer submits a draft',
      intent('draft', ['reviewer'], RAVI, { requested: 'in_review' }),
      'in_review submitted',
    ],
    [
      'staff cannot submit',
      intent('draft', ['staff'], ADA, { requested: 'in_review' }),
      'refused 403',
    ],
    // Approving (four eyes)
    [
      'a reviewer approves what an editor submitted',
      intent('in_review', ['reviewer'], RAVI, { requested: 'approved' }),
      'approved approved',
    ],
    [
      'an editor cannot approve',
      intent('in_review', ['editor'], ERIN, { requested: 'approved' }),
      'refused 403',
    ],
    [
      'a reviewer cannot approve what they submitted',
      intent('in_review', ['reviewer'], RAVI, { requested: 'approved', submittedBy: RAVI }),
      'refused 403',
    ],
    [
      'a reviewer cannot approve what they last edited',
      intent('in_review', ['reviewer'], RAVI, { lastEditedBy: RAVI, requested: 'approved' }),
      'refused 403',
    ],
    [
      'approving and editing in one save is refused',
      intent('in_review', ['reviewer'], RAVI, { isContentChanged: true, requested: 'approved' }),
      'refused 403',
    ],
    [
      'an admin may approve their own work, recorded',
      intent('in_review', ['admin'], ADA, { requested: 'approved', submittedBy: ADA }),
      'approved approved self-approval',
    ],
    [
      'only admins approve a draft directly',
      intent('draft', ['reviewer'], RAVI, { requested: 'approved' }),
      'refused 403',
    ],
    [
      'an admin approves a draft directly',
      intent('draft', ['admin'], ADA, { requested: 'approved' }),
      'approved approved',
    ],
    // Sending back
    [
      'a reviewer requests changes with a note',
      intent('in_review', ['reviewer'], RAVI, {
        note: 'Add the source',
        requested: 'changes_requested',
      }),
      'changes_requested changes_requested',
    ],
    [
      'requesting changes needs a note',
      intent('in_review', ['reviewer'], RAVI, { note: '  ', requested: 'changes_requested' }),
      'refused 400 reviewNote',
    ],
    [
      'an editor cannot send back',
      intent('in_review', ['editor'], ERIN, { note: 'x', requested: 'changes_requested' }),
      'refused 403',
    ],
    [
      'an approved, unpublished version can be sent back',
      intent('approved', ['reviewer'], RAVI, {
        isLive: false,
        note: 'x',
        requested: 'changes_requested',
      }),
      'changes_requested changes_requested',
    ],
    [
      'a published version is not sent back',
      intent('approved', ['reviewer'], RAVI, {
        isLive: true,
        note: 'x',
        requested: 'changes_requested',
      }),
      'refused 400 reviewState',
    ],
    // Resubmitting
    [
      'the author resubmits what was sent back',
      intent('changes_requested', ['editor'], ED, { requested: 'in_review' }),
      'in_review submitted',
    ],
    [
      'a reviewer who wrote it resubmits it',
      intent('changes_requested', ['reviewer'], RAVI, {
        lastEditedBy: RAVI,
        requested: 'in_review',
        submittedBy: RAVI,
      }),
      'in_review submitted',
    ],
    [
      'the reviewer who sent it back does not resubmit it',
      intent('changes_requested', ['reviewer'], RAVI, { requested: 'in_review' }),
      'refused 403',
    ],
    // Impossible moves
    [
      'in review cannot go back to draft by request',
      intent('in_review', ['admin'], ADA, { requested: 'draft' }),
      'refused 400 reviewState',
    ],
    [
      'approved cannot go to in review',
      intent('approved', ['admin'], ADA, { requested: 'in_review' }),
      'refused 400 reviewState',
    ],
    // Editing
    [
      'editing an approved version makes it a draft',
      intent('approved', ['editor'], ERIN, { isContentChanged: true }),
      'draft reset_by_edit',
    ],
    [
      'editing a version in review makes the editor its submitter',
      intent('in_review', ['editor'], ERIN, { isContentChanged: true }),
      'in_review submitted submitter-now',
    ],
    [
      'the submitter editing their own version stays its submitter',
      intent('in_review', ['editor'], ED, { isContentChanged: true }),
      'in_review -',
    ],
    // Publishing
    [
      'a reviewer publishes an approved version',
      intent('approved', ['reviewer'], RAVI, { isPublishing: true }),
      'approved published',
    ],
    [
      'an editor cannot publish',
      intent('approved', ['editor'], ERIN, { isPublishing: true }),
      'refused 403',
    ],
    [
      'a reviewer cannot publish a draft',
      intent('draft', ['reviewer'], RAVI, { isPublishing: true }),
      'refused 403',
    ],
    [
      'an admin publishes a draft directly, recorded',
      intent('draft', ['admin'], ADA, { isPublishing: true }),
      'approved published_directly',
    ],
    [
      'an admin publishing their own draft is a self-approval',
      intent('draft', ['admin'], ADA, { isPublishing: true, lastEditedBy: ADA }),
      'approved published_directly self-approval',
    ],
    [
      'a scheduled publication needs an approved version, even for an admin',
      intent('draft', ['admin'], ADA, { isPublishing: true, isScheduled: true }),
      'refused 403',
    ],
    [
      'a scheduled publication of an approved version',
      intent('approved', ['admin'], ADA, { isPublishing: true, isScheduled: true }),
      'approved published',
    ],
    // Unpublishing
    [
      'a reviewer unpublishes',
      intent('approved', ['reviewer'], RAVI, { isUnpublishing: true }),
      'draft unpublished',
    ],
    [
      'an editor cannot unpublish',
      intent('approved', ['editor'], ERIN, { isUnpublishing: true }),
      'refused 403',
    ],
  ]

  it.each(cases)('%s', (_name, asked, expected) => {
    expect(outcome(asked)).toBe(expected)
  })

  it('should refuse in both languages', () => {
    try {
      decideReviewTransition(intent('in_review', ['editor'], ERIN, { requested: 'approved' }))
      throw new Error('not refused')
    } catch (err) {
      expect(err).toBeInstanceOf(ReviewRuleError)
      expect((err as ReviewRuleError).bilingual.zh).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})
