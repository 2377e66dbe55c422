import type { CollectionAfterDeleteHook } from 'payload'

import type { SluggedCollection } from '../collections/slugs'
import { releaseSlugs } from '../src/slug/claimSlug'

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
