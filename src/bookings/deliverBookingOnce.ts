import type { BookingChannel } from './bookingChannels'

import { deliverOnce } from '../jobs/deliverOnce'
import { collectionNames } from '../vocabulary/collectionNames'

type Args = Omit<Parameters<typeof deliverOnce>[0], 'collection' | 'data' | 'key'> & {
  /** What of the request it is about, when the channel has several (a proposal, a hold). */
  about?: number | string
  channel: BookingChannel
  requestId: number | string
}

/** One channel's notification of one booking request, delivered once (a booking-notifications row). */
export const deliverBookingOnce = ({ about, channel, requestId, ...rest }: Args) =>
  deliverOnce({
    ...rest,
    collection: collectionNames.bookingNotifications,
    data: { channel, request: requestId },
    key: `${requestId}:${channel}${about === undefined ? '' : `:${about}`}`,
  })
