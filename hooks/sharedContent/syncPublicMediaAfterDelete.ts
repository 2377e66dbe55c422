import type { CollectionAfterDeleteHook } from 'payload'

import { syncPublicMedia, takeRememberedUsedMedia } from '../../src/sharedContent/syncPublicMedia'

/** A deleted published document no longer shows its media: they may stop being public. */
export const syncPublicMediaAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  await syncPublicMedia({ ids: takeRememberedUsedMedia(req, collection.slug, id), req })
}
