import type { CollectionAfterDeleteHook } from 'payload'

import type { SluggedCollection } from '../../src/vocabulary/collectionNames'
import { releaseSlugs } from '../../src/slugs/claimSlug'

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
