import type { PayloadRequest } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'
import { activeHoldsOverlapping, type HoldRange, overlaps, rangeOf } from './holdRange'

type RankedHold = {
  createdAt: string
  endDate?: null | string
  id: number | string
  rank?: null | number
  startDate: string
}

const findActive = async (req: PayloadRequest, speaker: number | string, range: HoldRange) =>
  (
    await req.payload.find({
      collection: collectionNames.holds,
      depth: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: { createdAt: true, endDate: true, rank: true, startDate: true },
      where: activeHoldsOverlapping(speaker, range),
    })
  ).docs as unknown as RankedHold[]

/**
 * Earlier in the queue for a day: the older hold (then the lower id). Not the lower rank: a rank
 * counts the holds on any of a hold's days, so two holds' ranks need not compare (a two-day hold
 * ranked 3 behind two holds on its first day is still ahead of a newer hold on its second day).
 */
const before = (a: RankedHold, b: RankedHold): boolean =>
  a.createdAt !== b.createdAt
    ? a.createdAt < b.createdAt
    : typeof a.id === 'number' && typeof b.id === 'number'
      ? a.id < b.id
      : String(a.id) < String(b.id)

/**
 * After a hold stops occupying `range` (released, expired, confirmed elsewhere), each remaining
 * hold of the speaker on those days moves up: its rank is 1 + the active holds on its own days
 * that were before it. Written without hooks (a rank is the server's; nothing else changes).
 * Answers each of those holds' rank, by id.
 */
export const rerankHolds = async (
  req: PayloadRequest,
  speaker: number | string,
  range: HoldRange,
): Promise<Map<string, number>> => {
  const ranks = new Map<string, number>()
  const affected = await findActive(req, speaker, range)
  for (const hold of affected) {
    const own = rangeOf(hold)
    const neighbours = await findActive(req, speaker, own)
    const rank =
      1 +
      neighbours.filter(
        (other) => other.id !== hold.id && overlaps(rangeOf(other), own) && before(other, hold),
      ).length
    ranks.set(String(hold.id), rank)
    if (rank === hold.rank) continue
    await req.payload.db.updateOne({
      collection: collectionNames.holds,
      data: { rank },
      id: hold.id,
      req,
      returning: false,
    })
  }
  return ranks
}
