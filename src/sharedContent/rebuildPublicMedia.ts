import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'
import { USED_MEDIA, usedMediaOf } from './usedMediaOf'

type Id = number | string

const DOCUMENTS = [collectionNames.speakers, collectionNames.interviews] as const
const PAGE = 100

/**
 * Works out `usedMedia` of every speaker and interview (the published or draft main documents) and
 * `isPublic` of every image from scratch, at the database level (no hooks, no new versions). The
 * hooks keep both up to date on every save; this is for content written without them: the
 * migration that adds the two fields to an installation with content must call it
 * (`up({ payload, req })`), or every image stays hidden until its documents are saved again.
 * Returns how many images are public.
 */
export const rebuildPublicMedia = async ({
  payload,
  req: givenReq,
}: {
  payload: Payload
  /** The migration's request (its transaction); a new local one without it. */
  req?: PayloadRequest
}): Promise<{ publicMedia: number }> => {
  const req = givenReq ?? (await createLocalReq({}, payload))
  const shown = new Map<string, Id>()
  for (const collection of DOCUMENTS) {
    const config = payload.collections[collection].config
    for (let page = 1; ; page++) {
      const { docs, hasNextPage } = await payload.db.find<Record<string, unknown>>({
        collection,
        limit: PAGE,
        page,
        pagination: true,
        req,
        // Not the columns later migrations add (this runs inside an older migration).
        select: { searchTerms: false },
        sort: 'id',
      })
      for (const doc of docs) {
        const used = await usedMediaOf({ collection: config, doc, req })
        await payload.db.updateOne({
          collection,
          data: { [USED_MEDIA]: used },
          id: doc.id as Id,
          req,
          returning: false,
        })
        if (doc._status === 'published') for (const id of used) shown.set(String(id), id)
      }
      if (!hasNextPage) break
    }
  }
  const ids = [...shown.values()]
  await payload.db.updateMany({
    collection: collectionNames.media,
    data: { isPublic: false },
    req,
    returning: false,
    where: ids.length ? { id: { not_in: ids } } : { id: { exists: true } },
  })
  if (ids.length) {
    await payload.db.updateMany({
      collection: collectionNames.media,
      data: { isPublic: true },
      req,
      returning: false,
      where: { id: { in: ids } },
    })
  }
  return { publicMedia: ids.length }
}
