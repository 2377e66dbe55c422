/** The pipeline a booking request moves through, and every move staff may make, in one place. */
export const bookingStatuses = [
  'new',
  'in_review',
  'contacted',
  'proposal_sent',
  'on_hold',
  'confirmed',
  'declined',
  'archived',
] as const
export type BookingStatus = (typeof bookingStatuses)[number]

/** How each status reads in the admin (the status select, lists, the status history). */
export const bookingStatusOptions: { label: { en: string; zh: string }; value: BookingStatus }[] = [
  { label: { en: 'New', zh: '新申请' }, value: 'new' },
  { label: { en: 'In review', zh: '审核中' }, value: 'in_review' },
  { label: { en: 'Contacted', zh: '已联系' }, value: 'contacted' },
  { label: { en: 'Proposal sent', zh: '已发送方案' }, value: 'proposal_sent' },
  { label: { en: 'On hold', zh: '暂缓' }, value: 'on_hold' },
  { label: { en: 'Confirmed', zh: '已确认' }, value: 'confirmed' },
  { label: { en: 'Declined', zh: '已婉拒' }, value: 'declined' },
  { label: { en: 'Archived', zh: '已归档' }, value: 'archived' },
]

/** Where a request's work is over: left out of "open" queues (the dashboard, the list's Open link). */
export const closedBookingStatuses: readonly BookingStatus[] = ['confirmed', 'declined', 'archived']

/** Whether a request's work is over (a stored status, whatever its type in a document). */
export const isClosedBooking = (status: unknown): boolean =>
  closedBookingStatuses.includes(status as BookingStatus)

const closing: BookingStatus[] = ['declined', 'archived']

export const bookingTransitions: Record<BookingStatus, BookingStatus[]> = {
  archived: [],
  confirmed: ['archived'],
  contacted: ['proposal_sent', 'on_hold', ...closing],
  declined: ['archived'],
  in_review: ['contacted', 'on_hold', ...closing],
  new: ['in_review', 'contacted', ...closing],
  on_hold: ['in_review', 'contacted', 'proposal_sent', ...closing],
  proposal_sent: ['confirmed', 'on_hold', ...closing],
}

export const canMoveBooking = (from: BookingStatus, to: BookingStatus): boolean =>
  from === to || bookingTransitions[from].includes(to)

/** Moves the system makes for a request, each with its cause (kept in the status history). */
export const bookingMoveCauses = ['proposal_sent', 'proposal_accepted', 'hold_confirmed'] as const
export type BookingMoveCause = (typeof bookingMoveCauses)[number]

export const bookingMoveCauseOptions: {
  label: { en: string; zh: string }
  value: BookingMoveCause
}[] = [
  { label: { en: 'Proposal sent', zh: '已发送方案' }, value: 'proposal_sent' },
  { label: { en: 'Client accepted a proposal', zh: '客户接受了方案' }, value: 'proposal_accepted' },
  { label: { en: 'Hold confirmed', zh: '档期已确认' }, value: 'hold_confirmed' },
]

/**
 * Where each of the system's moves goes. It may start from any open status (staff may have moved
 * the request meanwhile), never from a closed one: a confirmed, declined or archived request stays.
 */
export const bookingMoveTargets: Record<BookingMoveCause, BookingStatus> = {
  hold_confirmed: 'confirmed',
  proposal_accepted: 'on_hold',
  proposal_sent: 'proposal_sent',
}
