import type { PayloadRequest } from 'payload'

import type { BookingMoveCause } from './statusTransitions'

import { collectionNames } from '../vocabulary/collectionNames'

/** The `context` key recordBookingStatusChange reads a system move from (not settable over HTTP). */
export const BOOKING_MOVE_CONTEXT = 'bookingMove'

export type BookingMove = {
  /** The staff member behind it (who sent the proposal, confirmed the hold); none for a client. */
  by?: number | string | null
  cause: BookingMoveCause
  proposal?: number | string | null
}

type Args = BookingMove & {
  /** Other fields to write with the move (the confirmed speaker). */
  data?: Record<string, unknown>
  req: PayloadRequest
  requestId: number | string
}

/**
 * Moves a booking request as the system does (in `req`'s transaction): to the cause's status
 * (bookingMoveTargets) from any open status, recorded in its history with the cause. A closed
 * request is left as it is.
 */
export const moveBookingRequest = ({ by, cause, data = {}, proposal, req, requestId }: Args) =>
  req.payload.update({
    collection: collectionNames.bookingRequests,
    context: { [BOOKING_MOVE_CONTEXT]: { by, cause, proposal } satisfies BookingMove },
    data,
    depth: 0,
    id: requestId,
    overrideAccess: true,
    req,
  })
