import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import { localize } from '../../src/i18n/localize'
import { BOOKING_MOVE_CONTEXT, type BookingMove } from '../../src/bookings/moveBookingRequest'
import {
  type BookingStatus,
  bookingMoveTargets,
  bookingStatusOptions,
  bookingTransitions,
  canMoveBooking,
  closedBookingStatuses,
} from '../../src/bookings/statusTransitions'

/**
 * Staff move a request only along the pipeline; each move is kept in `statusHistory`. The system's
 * own moves (a proposal sent or accepted, a hold confirmed: src/bookings/moveBookingRequest.ts)
 * come with their cause, from any open status.
 */
export const recordBookingStatusChange: CollectionBeforeChangeHook = ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as BookingStatus
  const move = context[BOOKING_MOVE_CONTEXT] as BookingMove | undefined
  const to = (move ? bookingMoveTargets[move.cause] : (data.status ?? from)) as BookingStatus
  const history = originalDoc.statusHistory ?? []
  if (move) {
    if (closedBookingStatuses.includes(from))
      return { ...data, status: from, statusHistory: history }
    const entry = {
      at: new Date().toISOString(),
      by: move.by ?? null,
      cause: move.cause,
      from,
      proposal: move.proposal ?? null,
      to,
    }
    return { ...data, status: to, statusHistory: [...history, entry] }
  }
  if (to === from) return { ...data, statusHistory: history }
  if (!canMoveBooking(from, to)) {
    const allowed = bookingTransitions[from]
    const zh = (status: BookingStatus) =>
      bookingStatusOptions.find(({ value }) => value === status)?.label.zh ?? status
    const message = localize(req, {
      en: `A "${from}" request can move to ${allowed.join(', ') || 'nothing (it is closed)'}, not "${to}".`,
      zh: allowed.length
        ? `"${zh(from)}"的请求只能改为${allowed.map(zh).join('、')}，不能改为"${zh(to)}"。`
        : `"${zh(from)}"的请求已结束，不能改为"${zh(to)}"。`,
    })
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message, path: 'status' }],
    })
  }
  const entry = { at: new Date().toISOString(), by: req.user?.id ?? null, from, to }
  return { ...data, statusHistory: [...history, entry] }
}
