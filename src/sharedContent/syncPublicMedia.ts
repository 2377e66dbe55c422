import type { CollectionSlug, PayloadRequest } from 'payload'

import { lockUntilCommit } from '../db/lockUntilCommit'
import { contextSlot } from '../utilities/contextSlot'
import { collectionNames } from '../vocabulary/collectionNames'
import { mediaInPublishedUse } from './publishedUses'

type Id = number | string

/**
 * The media a published (main) document listed before a save or deletion, kept from the before
 * hook for the after hook, per document (a bulk operation saves several at once).
 */
const usedMediaBeforeSlot = contextSlot<Id[]>('usedMediaBefore')

const slotKey = (collection: string, id: Id): string => `${collection}:${String(id)}`

/** `usedMedia` of the stored main document (what the public reads), ids only. */
export const storedUsedMedia = async ({
  collection,
  id,
  req,
}: {
  collection: CollectionSlug
  id: Id
  req: PayloadRequest
}): Promise<Id[]> => {
  const { docs } = await req.payload.db.find<{ usedMedia?: unknown[] | null }>({
    collection,
    limit: 1,
    pagination: false,
    req,
    select: { usedMedia: true },
    where: { id: { equals: id } },
  })
  return (docs[0]?.usedMedia ?? [])
    .map((value) => (value && typeof value === 'object' ? (value as { id: Id }).id : value))
    .filter((value): value is Id => typeof value === 'number' || typeof value === 'string')
}

export const rememberUsedMedia = (
  req: PayloadRequest,
  collection: string,
  id: Id,
  ids: Id[],
): void => usedMediaBeforeSlot.put(req, slotKey(collection, id), ids)

export const takeRememberedUsedMedia = (req: PayloadRequest, collection: string, id: Id): Id[] =>
  usedMediaBeforeSlot.take(req, slotKey(collection, id)) ?? []

/**
 * Sets `isPublic` on these media to whether a published speaker or interview shows them now (read
 * from the stored documents, in the request's transaction), so media read access stays a plain
 * `where`. Writes the column only (no media hooks, no `updatedAt`), and only where it changes.
 * Under a lock held till commit: one speaker unpublished as another is published with the same
 * photo each read the other as it was, and the unpublish, committing last, hid the photo the
 * published profile shows.
 */
export const syncPublicMedia = async ({ ids, req }: { ids: Id[]; req: PayloadRequest }) => {
  const unique = [...new Map(ids.map((id) => [String(id), id])).values()]
  if (unique.length === 0) return
  await lockUntilCommit(req, 'sb_media_publicity')
  const used = await mediaInPublishedUse({ ids: unique, req })
  for (const isPublic of [true, false]) {
    const targets = unique.filter((id) => used.has(String(id)) === isPublic)
    if (targets.length === 0) continue
    await req.payload.db.updateMany({
      collection: collectionNames.media,
      data: { isPublic },
      req,
      returning: false,
      where: {
        and: [
          { id: { in: targets } },
          isPublic ? { isPublic: { not_equals: true } } : { isPublic: { equals: true } },
        ],
      },
    })
  }
}
