/** The ways a booking request is passed on, each delivered once (src/jobs/deliverOnce.ts). */
export const bookingChannels = [
  'staff_email',
  'requester_ack',
  'webhook',
  'sla_reminder',
  'proposal_link',
  'proposal_answer_email',
  'proposal_answer_webhook',
  'hold_challenged',
  'hold_released',
] as const

export type BookingChannel = (typeof bookingChannels)[number]
