import type { Payload } from 'payload'

import type { BookingRequest } from '../../src/payload-types'

/** The stored request the public answer's reference names (undefined for a honeypot's). */
export const bookingByReference = async (
  payload: Payload,
  reference: string,
): Promise<BookingRequest | undefined> =>
  (
    await payload.find({
      collection: 'booking-requests',
      depth: 0,
      limit: 1,
      pagination: false,
      where: { reference: { equals: reference } },
    })
  ).docs[0]
