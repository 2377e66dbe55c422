import type { Bilingual } from '../i18n/localize'
import type { Role } from '../vocabulary/roles'

export const reviewStates = ['draft', 'in_review', 'changes_requested', 'approved'] as const
export type ReviewState = (typeof reviewStates)[number]

/** How a review state reads in the admin (the sidebar field, lists, the Review events list). */
export const reviewStateOptions: { label: Bilingual; value: ReviewState }[] = [
  { label: { en: 'Draft', zh: '草稿' }, value: 'draft' },
  { label: { en: 'In review', zh: '审核中' }, value: 'in_review' },
  { label: { en: 'Changes requested', zh: '退回修改' }, value: 'changes_requested' },
  { label: { en: 'Approved', zh: '已批准' }, value: 'approved' },
]

/** Where a review event may also lead: publication (Payload's `_status`). */
export const publishedOption = {
  label: { en: 'Published', zh: '已发布' },
  value: 'published',
} as const

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

/** How a review event reads in the admin (history tables, the Review events list). */
export const reviewEventKindOptions: {
  label: { en: string; zh: string }
  value: ReviewEventKind
}[] = [
  { label: { en: 'Submitted for review', zh: '提交审核' }, value: 'submitted' },
  { label: { en: 'Approved', zh: '已批准' }, value: 'approved' },
  { label: { en: 'Changes requested', zh: '退回修改' }, value: 'changes_requested' },
  { label: { en: 'Published', zh: '已发布' }, value: 'published' },
  {
    label: { en: 'Published directly (no review)', zh: '直接发布（未经审核）' },
    value: 'published_directly',
  },
  { label: { en: 'Unpublished', zh: '已取消发布' }, value: 'unpublished' },
  {
    label: { en: 'Edited after approval (back to draft)', zh: '批准后被编辑（退回草稿）' },
    value: 'reset_by_edit',
  },
]

/**
 * Every transition a person may ask for through `reviewState`, and who may ask for it. Publishing and
 * unpublishing go through Payload's `_status` and are ruled on in decideReviewTransition, as are the
 * exceptions (the author resubmits what was sent back; a published version is not sent back).
 */
export const reviewTransitions: Record<ReviewState, Partial<Record<ReviewState, Role[]>>> = {
  approved: { changes_requested: ['reviewer', 'admin'] },
  // Also whoever submitted or last edited the version sent back (decideReviewTransition).
  changes_requested: { approved: ['admin'], in_review: ['editor', 'admin'] },
  draft: { approved: ['admin'], in_review: ['editor', 'reviewer', 'admin'] },
  in_review: { approved: ['reviewer', 'admin'], changes_requested: ['reviewer', 'admin'] },
}
