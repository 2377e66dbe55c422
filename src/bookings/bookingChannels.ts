/** The ways a booking request is passed on, each delivered once (src/jobs/deliverOnce.ts). */
export const bookingChannels = ['staff_email', 'requester_ack', 'webhook', 'sla_reminder'] as const

export type BookingChannel = (typeof bookingChannels)[number]
