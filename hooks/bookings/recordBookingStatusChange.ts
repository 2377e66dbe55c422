import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import {
  type BookingStatus,
  bookingTransitions,
  canMoveBooking,
} from '../../src/bookings/statusTransitions'

/** Staff move a request only along the pipeline; each move is kept in `statusHistory`. */
export const recordBookingStatusChange: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as BookingStatus
  const to = (data.status ?? from) as BookingStatus
  if (to === from) return { ...data, statusHistory: originalDoc.statusHistory ?? [] }
  if (!canMoveBooking(from, to)) {
    const allowed = bookingTransitions[from].join(', ') || 'nothing (it is closed)'
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        { message: `A "${from}" request can move to ${allowed}, not "${to}".`, path: 'status' },
      ],
    })
  }
  const entry = { at: new Date().toISOString(), by: req.user?.id ?? null, from, to }
  return { ...data, statusHistory: [...(originalDoc.statusHistory ?? []), entry] }
}
