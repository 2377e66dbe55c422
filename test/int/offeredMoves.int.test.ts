import { describe, expect, it } from '@jest/globals'

import { mayPublish, offeredMoves } from '../../src/reviews/offeredMoves'
import type { ReviewState } from '../../src/reviews/states'
import type { Role } from '../../src/vocabulary/roles'

type Situation = 'approved' | 'changes_requested' | 'draft' | 'in_review' | 'published'
type Whose = 'own' | 'other'

const ME = '7'
const SOMEONE = '8'

const movesOf = (role: Role, situation: Situation, whose: Whose): string =>
  offeredMoves({
    isLive: situation === 'published',
    lastEditedBy: whose === 'own' ? ME : SOMEONE,
    roles: [role],
    state: (situation === 'published' ? 'approved' : situation) as ReviewState,
    submittedBy: whose === 'own' ? ME : SOMEONE,
    userId: ME,
  })
    .sort()
    .join(' ')

/**
 * The buttons each person is offered (role × review state × whose work it is). `published` is an
 * approved version the public sees, with nothing newer. The buttons come from the server's own rules
 * (decideReviewTransition), so this table is also what the server accepts (see reviewMoves.int).
 */
const TABLE: [Role, Situation, Whose, string][] = [
  ['editor', 'draft', 'own', 'in_review'],
  ['editor', 'draft', 'other', 'in_review'],
  ['editor', 'in_review', 'own', ''],
  ['editor', 'in_review', 'other', ''],
  ['editor', 'changes_requested', 'own', 'in_review'],
  ['editor', 'changes_requested', 'other', 'in_review'],
  ['editor', 'approved', 'own', ''],
  ['editor', 'published', 'own', ''],
  ['reviewer', 'draft', 'own', 'in_review'],
  ['reviewer', 'draft', 'other', 'in_review'],
  ['reviewer', 'in_review', 'own', 'changes_requested'],
  ['reviewer', 'in_review', 'other', 'approved changes_requested'],
  // Sent back by a reviewer: it is the author's move now, not the reviewer's.
  ['reviewer', 'changes_requested', 'own', 'in_review'],
  ['reviewer', 'changes_requested', 'other', ''],
  ['reviewer', 'approved', 'own', 'changes_requested'],
  ['reviewer', 'approved', 'other', 'changes_requested'],
  // Live with nothing newer: to change it, edit it (back to draft) or unpublish it.
  ['reviewer', 'published', 'other', ''],
  ['reviewer', 'published', 'own', ''],
  ['admin', 'draft', 'own', 'approved in_review'],
  ['admin', 'in_review', 'own', 'approved changes_requested'],
  ['admin', 'in_review', 'other', 'approved changes_requested'],
  ['admin', 'changes_requested', 'other', 'approved in_review'],
  ['admin', 'approved', 'other', 'changes_requested'],
  ['admin', 'published', 'other', ''],
  ['staff', 'draft', 'own', ''],
  ['staff', 'in_review', 'other', ''],
  ['staff', 'changes_requested', 'own', ''],
  ['staff', 'approved', 'other', ''],
]

describe('the review buttons offered', () => {
  it.each(TABLE)(
    'should offer a %s on a %s document (%s work): [%s]',
    (role, situation, whose, moves) => {
      expect(movesOf(role, situation, whose)).toBe(moves)
    },
  )

  it('should not offer a reviewer Approve on words they last changed, though another submitted them', () => {
    expect(
      offeredMoves({
        isLive: false,
        lastEditedBy: ME,
        roles: ['reviewer'],
        state: 'in_review',
        submittedBy: SOMEONE,
        userId: ME,
      }),
    ).toEqual(['changes_requested'])
  })

  it('should offer Publish to reviewers only once approved, to admins always, to editors never', () => {
    const publishes = (role: Role, state: ReviewState) =>
      mayPublish({ isLive: false, roles: [role], state, submittedBy: SOMEONE, userId: ME })
    expect(publishes('reviewer', 'approved')).toBe(true)
    expect(publishes('reviewer', 'in_review')).toBe(false)
    expect(publishes('admin', 'draft')).toBe(true)
    expect(publishes('editor', 'approved')).toBe(false)
    expect(publishes('staff', 'approved')).toBe(false)
  })
})
