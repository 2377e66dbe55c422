import type { PayloadRequest } from 'payload'

import { collectionNames } from '../../vocabulary/collectionNames'

/** The search-meta key holding how many changes were pruned in all (counted as still there). */
export const PRUNED_KEY = 'pruned'

/**
 * Deletes the portable index's change records written before `before` (every instance applied
 * them long since) and adds their number to the `pruned` total in search-meta, in the request's
 * transaction: an instance's change count is the records left plus that total, so pruning does not
 * look like a change. Returns how many were deleted.
 */
export const prunePortableChanges = async (
  req: PayloadRequest,
  before: number,
): Promise<number> => {
  const { payload } = req
  const old = { at: { less_than: before } }
  const { totalDocs } = await payload.count({
    collection: collectionNames.searchChanges,
    req,
    where: old,
  })
  if (totalDocs === 0) return 0
  const db = payload.db as unknown as { deleteMany: (args: object) => Promise<void> }
  await db.deleteMany({ collection: collectionNames.searchChanges, req, where: old })
  const { docs } = await payload.find({
    collection: collectionNames.searchMeta,
    depth: 0,
    limit: 1,
    req,
    where: { key: { equals: PRUNED_KEY } },
  })
  const held = docs[0] as undefined | { id: number | string; value: string }
  const value = String(Number(held?.value ?? 0) + totalDocs)
  if (held)
    await payload.update({
      collection: collectionNames.searchMeta,
      data: { value },
      id: held.id,
      req,
    })
  else
    await payload.create({
      collection: collectionNames.searchMeta,
      data: { key: PRUNED_KEY, value },
      req,
    })
  return totalDocs
}
