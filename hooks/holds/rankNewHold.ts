import type { CollectionBeforeChangeHook } from 'payload'

import { activeHoldsOverlapping, rangeOf } from '../../src/holds/holdRange'
import { lockSpeakerHolds } from '../../src/holds/lockSpeakerHolds'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/**
 * A new hold queues behind the speaker's holds on any of its days: rank 1 when the days are free,
 * 2 behind one hold, and so on. Under the speaker's lock, so two holds made at once do not both
 * get the same rank.
 */
export const rankNewHold: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await lockSpeakerHolds(req, data.speaker)
  const { totalDocs } = await req.payload.count({
    collection: collectionNames.holds,
    overrideAccess: true,
    req,
    where: activeHoldsOverlapping(data.speaker, rangeOf(data as never)),
  })
  return { ...data, rank: totalDocs + 1 }
}
