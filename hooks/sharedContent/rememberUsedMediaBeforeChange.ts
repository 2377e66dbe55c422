import type { CollectionBeforeChangeHook } from 'payload'

import { rememberUsedMedia, storedUsedMedia } from '../../src/sharedContent/syncPublicMedia'

/**
 * Before a save, keeps which media the stored published (main) document lists: a draft or publish
 * may drop some, and syncPublicMediaAfterChange must look at those again.
 */
export const rememberUsedMediaBeforeChange: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const id = originalDoc?.id
  if (operation !== 'update' || id === undefined || id === null) return data
  rememberUsedMedia(
    req,
    collection.slug,
    id,
    await storedUsedMedia({ collection: collection.slug, id, req }),
  )
  return data
}
