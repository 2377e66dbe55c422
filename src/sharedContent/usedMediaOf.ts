import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'
import { mediaIdsOf } from './mediaIdsOf'

type Id = number | string

/** The field that stores the answer: left out of its own answer. */
export const USED_MEDIA = 'usedMedia'

/**
 * What a document's `usedMedia` holds: the media it shows (mediaIdsOf) that still exist. Rich text
 * keeps the ids of deleted media, and a relationship row to one would break the foreign key.
 */
export const usedMediaOf = async ({
  collection,
  doc,
  req,
}: {
  collection: Pick<SanitizedCollectionConfig, 'flattenedFields'>
  doc: Record<string, unknown>
  req: PayloadRequest
}): Promise<Id[]> => {
  const ids = mediaIdsOf({
    doc,
    fields: collection.flattenedFields,
    media: collectionNames.media,
    skip: [USED_MEDIA],
  })
  if (ids.length === 0) return []
  const { docs } = await req.payload.db.find({
    collection: collectionNames.media,
    limit: 0,
    pagination: false,
    req,
    select: { id: true },
    where: { id: { in: ids } },
  })
  const existing = new Set(docs.map(({ id }) => String(id)))
  return ids.filter((id) => existing.has(String(id)))
}
