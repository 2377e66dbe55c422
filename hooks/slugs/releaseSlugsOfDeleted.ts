import type { CollectionAfterDeleteHook } from 'payload'

import { releaseSlugs } from '../../src/slugs/claimSlug'
import type { SluggedCollection } from '../../src/vocabulary/collectionNames'

/** A deleted document gives its current and previous slugs back. */
export const releaseSlugsOfDeleted: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  const slugs = [doc.slug, ...(doc.previousSlugs ?? [])].filter(Boolean) as string[]
  await releaseSlugs({
    collection: collection.slug as SluggedCollection,
    payload: req.payload,
    slugs,
  })
  return doc
}
