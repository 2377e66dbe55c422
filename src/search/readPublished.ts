import type { CollectionSlug, PayloadRequest, SelectType, Where } from 'payload'

type Doc = Record<string, any>

type Args = {
  collection: CollectionSlug
  /** At most this many (0: all). */
  limit?: number
  req: PayloadRequest
  select: SelectType
  where: Where
}

/**
 * Published documents as stored (depth 0, ids for relationships), only the fields asked for, read
 * through Payload's database adapter rather than the Local API: the index reads them on every
 * save's path, and the Local API's access checks, operation hooks and read-time field traversal
 * cost a millisecond and more per read while changing none of these fields.
 */
export const readPublished = async ({
  collection,
  limit = 0,
  req,
  select,
  where,
}: Args): Promise<Doc[]> => {
  const { docs } = await req.payload.db.find<Doc>({
    collection,
    limit,
    pagination: false,
    req,
    select,
    // By id: the keyset pages of search:reindex read on from the last one.
    sort: 'id',
    where: { and: [where, { _status: { equals: 'published' } }] },
  })
  return docs
}
