import type { Bilingual } from '../../i18n/localize'
import type { ReviewState } from '../states'

/** The review buttons' labels, by the state they move the document to. */
export const moveLabels: Record<Exclude<ReviewState, 'draft'>, Bilingual> = {
  approved: { en: 'Approve', zh: '批准' },
  changes_requested: { en: 'Request changes', zh: '要求修改' },
  in_review: { en: 'Submit for review', zh: '提交审核' },
}

/** What a button says once the server has made the move (not Payload's "Draft saved"). */
export const moveDone = {
  approved: { en: 'Approved: ready to publish', zh: '已批准，可以发布' },
  changes_requested: (name: string): Bilingual => ({
    en: `Changes requested from ${name}`,
    zh: `已请${name}修改`,
  }),
  in_review: { en: 'Sent to review', zh: '已提交审核' },
  published: {
    en: 'Published: the public sees this version now',
    zh: '已发布：公众现在看到此版本',
  },
} as const

export const theAuthor: Bilingual = { en: 'the author', zh: '作者' }

export const noteFirst: Bilingual = {
  en: 'Write what should change in “Review note” first.',
  zh: '请先在“审核备注”中写明需要修改的内容。',
}
