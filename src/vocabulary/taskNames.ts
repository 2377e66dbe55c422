/**
 * The jobs queue's task names: hooks queue them by name, src/jobs defines them. Here, below both,
 * so a hook needs no job module for a string.
 */
export const BOOKING_TASKS = {
  acknowledge: 'acknowledgeBookingRequest',
  notifyStaff: 'notifyStaffOfBookingRequest',
  slaReminder: 'remindStaffOfBookingSla',
  webhook: 'postBookingWebhook',
} as const

export const REVALIDATE_FRONTEND = 'revalidateFrontend'

export const SEND_REVIEW_NOTIFICATION = 'sendReviewNotification'
