import { oneLine } from '../email/oneLine'
import type { Bilingual } from '../i18n/localize'
import type { ReviewEventKind } from './states'

type Args = {
  adminUrl: string
  by?: string
  kind: ReviewEventKind
  note?: null | string
  title: string
}

const headline: Record<ReviewEventKind, Bilingual> = {
  approved: { en: 'was approved', zh: '已获批准' },
  changes_requested: { en: 'needs changes', zh: '被退回修改' },
  published: { en: 'was published', zh: '已发布' },
  published_directly: { en: 'was published by an admin', zh: '已由管理员直接发布' },
  reset_by_edit: { en: 'went back to draft after an edit', zh: '因编辑退回草稿' },
  submitted: { en: 'is waiting for your review', zh: '等待您审核' },
  unpublished: { en: 'was unpublished', zh: '已取消发布' },
}


/**
 * To editors and reviewers, in both languages: users have no language of their own (Payload keeps
 * the admin's language in a browser cookie) and the team reads both, so the subject says what
 * happened in English and Chinese after the title, and each line of the body comes in both.
 */
export const reviewEmail = ({
  adminUrl,
  by,
  kind,
  note,
  title,
}: Args): { subject: string; text: string } => {
  const quoted = `“${oneLine(title)}”`
  const who = by ? oneLine(by) : ''
  return {
    subject: `${quoted} ${headline[kind].en} · ${headline[kind].zh}`,
    text: [
      `${quoted} ${headline[kind].en}${who ? ` (${who})` : ''}.`,
      `${quoted}${headline[kind].zh}${who ? `（${who}）` : ''}。`,
      ...(note ? ['', 'Note / 备注:', note] : []),
      '',
      `Open it in the admin / 在管理后台打开: ${adminUrl}`,
    ].join('\n'),
  }
}
