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

/** Proposals to clients and the date holds they lead to (src/proposals, src/holds). */
export const PROPOSAL_TASKS = {
  mailLink: 'mailProposalLink',
  notifyAnswer: 'notifyStaffOfProposalAnswer',
  postAnswerWebhook: 'postProposalAnswerWebhook',
} as const

export const HOLD_TASKS = {
  expire: 'expireHold',
  notify: 'notifyStaffOfHold',
} as const

export const REVALIDATE_FRONTEND = 'revalidateFrontend'

export const SEND_REVIEW_NOTIFICATION = 'sendReviewNotification'

/** The daily job that anonymises booking requests past their retention period (src/privacy/retention). */
export const APPLY_RETENTION = 'applyRetention'

/** The daily job that drops the portable search index's old change records (src/search). */
export const PRUNE_SEARCH_CHANGES = 'pruneSearchChanges'
