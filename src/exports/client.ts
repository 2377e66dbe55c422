/**
 * The plugin's client components, as the admin's import map reaches them:
 * `speakers-bureau-cms/client#Name` (package.json `exports`), the way Payload's own plugins ship theirs.
 */
export { AssignToMe } from '../bookings/admin/AssignToMe'
export { BookingQueueLinks } from '../bookings/admin/BookingQueueLinks'
export { BookingStatusField } from '../bookings/admin/BookingStatusField'
export { CurrentPasswordField } from '../auth/admin/CurrentPasswordField'
export { DayCell } from '../admin/dates/DayCell'
export { DayField } from '../admin/dates/DayField'
export { HoldClashWarning } from '../holds/admin/HoldClashWarning'
export { InternalNoteField } from '../bookings/admin/InternalNoteField'
export { KeepEditLock } from '../reviews/admin/KeepEditLock'
export { LockHolderNames } from '../admin/people/LockHolderNames'
export { OptionalTextCell } from '../bookings/admin/OptionalTextCell'
export { PersonCell } from '../reviews/admin/PersonCell'
export { PersonEmail } from '../bookings/admin/PersonEmail'
export { ProposalActions } from '../proposals/admin/ProposalActions'
export { PublishForReviewers } from '../reviews/admin/PublishForReviewers'
export { ReviewActions } from '../reviews/admin/ReviewActions'
export { ReviewHistoryField } from '../reviews/admin/ReviewHistoryField'
export { ReviewQueueLinks } from '../reviews/admin/ReviewQueueLinks'
export { SpeakerHolds } from '../holds/admin/SpeakerHolds'
export { StatusHistoryField } from '../bookings/admin/StatusHistoryField'
