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

export const bookingStatusOptions = bookingStatuses.map((value) => ({
  label: value.replace('_', ' ').replace(/^./, (c) => c.toUpperCase()),
  value,
}))

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
