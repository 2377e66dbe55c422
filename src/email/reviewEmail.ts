import type { ReviewEventKind } from '../workflow/states'

type Args = {
  adminUrl: string
  by?: string
  kind: ReviewEventKind
  note?: null | string
  title: string
}

const headline: Record<ReviewEventKind, string> = {
  approved: 'was approved',
  changes_requested: 'needs changes',
  published: 'was published',
  published_directly: 'was published by an admin',
  reset_by_edit: 'went back to draft after an edit',
  submitted: 'is waiting for your review',
  unpublished: 'was unpublished',
}

/** Mail text is plain text; a title or note can never add a header line. */
const oneLine = (value: string): string => value.replace(/[\r\n]+/g, ' ').trim()

export const reviewEmail = ({
  adminUrl,
  by,
  kind,
  note,
  title,
}: Args): { subject: string; text: string } => ({
  subject: `“${oneLine(title)}” ${headline[kind]}`,
  text: [
    `“${oneLine(title)}” ${headline[kind]}${by ? ` (${oneLine(by)})` : ''}.`,
    ...(note ? ['', 'Note:', note] : []),
    '',
    `Open it in the admin: ${adminUrl}`,
  ].join('\n'),
})
