import type { CollectionAfterChangeHook } from 'payload'

import { moveBookingRequest } from '../../src/bookings/moveBookingRequest'
import { activeHoldsOverlapping, rangeOf } from '../../src/holds/holdRange'
import { idOf } from '../../src/utilities/idOf'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { HOLD_TASKS } from '../../src/vocabulary/taskNames'

/**
 * A confirmed hold books the speaker: its request is confirmed with that speaker (recorded in the
 * request's history), and the holds it beats are released, each holder told: the speaker's other
 * holds on those days, and the request's holds on other speakers.
 */
export const settleConfirmedHold: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || doc.status !== 'confirmed' || previousDoc?.status === 'confirmed')
    return doc
  const speaker = idOf(doc.speaker) as number | string
  const request = idOf(doc.bookingRequest) as number | string
  await moveBookingRequest({
    by: req.user?.id ?? null,
    cause: 'hold_confirmed',
    data: { confirmedSpeaker: speaker },
    req,
    requestId: request,
  })
  const { docs: beaten } = await req.payload.find({
    collection: collectionNames.holds,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { status: true },
    where: {
      and: [
        { id: { not_equals: doc.id } },
        { status: { equals: 'held' } },
        {
          or: [
            activeHoldsOverlapping(speaker, rangeOf(doc)),
            { bookingRequest: { equals: request } },
          ],
        },
      ],
    },
  })
  for (const { id } of beaten) {
    await req.payload.update({
      collection: collectionNames.holds,
      data: { status: 'released' },
      id,
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      input: { change: 'released', holdId: String(id) },
      req,
      task: HOLD_TASKS.notify,
    })
  }
  return doc
}
