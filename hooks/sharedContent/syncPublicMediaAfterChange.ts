import type { CollectionAfterChangeHook } from 'payload'

import {
  storedUsedMedia,
  syncPublicMedia,
  takeRememberedUsedMedia,
} from '../../src/sharedContent/syncPublicMedia'

/**
 * After any save (publish, unpublish, a live edit, a draft, a version restore, a scheduled
 * publication), sets `isPublic` again on the media the published document listed before and lists
 * now: read from the stored main document, which a draft save leaves as it was.
 */
export const syncPublicMediaAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  const before = takeRememberedUsedMedia(req, collection.slug, doc.id)
  const after = await storedUsedMedia({ collection: collection.slug, id: doc.id, req })
  await syncPublicMedia({ ids: [...before, ...after], req })
  return doc
}
