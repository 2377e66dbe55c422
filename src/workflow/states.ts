import type { Role } from '../../collections/slugs'

export const reviewStates = ['draft', 'in_review', 'changes_requested', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

export const reviewStateOptions = [
  { label: 'Draft', value: 'draft' },
  { label: 'In review', value: 'in_review' },
  { label: 'Changes requested', value: 'changes_requested' },
  { label: 'Approved', value: 'approved' },
]

/** What a review event records; `to` may also be `published` (or `draft` again, when unpublished). */
export const reviewEventKinds = [
  'submitted',
  'approved',
  'changes_requested',
  'published',
  'published_directly',
  'unpublished',
  'reset_by_edit',
] as const
export type ReviewEventKind = (typeof reviewEventKinds)[number]

/**
 * Every transition a person may ask for through `reviewState`, and who may ask for it. Publishing and
 * unpublishing go through Payload's `_status` and are ruled on in decideReviewTransition.
 */
export const reviewTransitions: Record<ReviewState, Partial<Record<ReviewState, Role[]>>> = {
  approved: { changes_requested: ['reviewer', 'admin'] },
  changes_requested: { approved: ['admin'], in_review: ['editor', 'reviewer', 'admin'] },
  draft: { approved: ['admin'], in_review: ['editor', 'reviewer', 'admin'] },
  in_review: { approved: ['reviewer', 'admin'], changes_requested: ['reviewer', 'admin'] },
}
