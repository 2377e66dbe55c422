import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { normalizeAddress } from './emailHash'

/** Documents read per page (their ids and the address only). */
const PAGE = 1000

/**
 * The ids of a collection's documents (those `where` picks) whose `field` holds `address`, both
 * sides compared as normalizeAddress makes them. Read page by page and matched here, not by the
 * database's case-insensitive match: SQLite's `LIKE` folds ASCII letters only (`Élodie@…` was never
 * found), and databases lower-case some letters unlike JavaScript (`İ`). An admin's request, rare:
 * a bureau's whole table is a few reads.
 */
export const idsWithAddress = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  field: string,
  address: string,
  where?: Where,
): Promise<(number | string)[]> => {
  const ids: (number | string)[] = []
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await req.payload.find({
      collection,
      depth: 0,
      limit: PAGE,
      overrideAccess: true,
      page,
      req,
      select: { [field]: true },
      sort: 'id',
      where,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const stored = doc[field]
      if (typeof stored === 'string' && normalizeAddress(stored) === address)
        ids.push(doc.id as number | string)
    }
    if (!hasNextPage) return ids
  }
}
