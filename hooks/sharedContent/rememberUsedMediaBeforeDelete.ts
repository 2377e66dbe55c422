import type { CollectionBeforeDeleteHook } from 'payload'

import { rememberUsedMedia, storedUsedMedia } from '../../src/sharedContent/syncPublicMedia'

/** Before a deletion, keeps which media the document listed (its rows go with it). */
export const rememberUsedMediaBeforeDelete: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  rememberUsedMedia(
    req,
    collection.slug,
    id,
    await storedUsedMedia({ collection: collection.slug, id, req }),
  )
}
