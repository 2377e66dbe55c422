import type { CollectionAfterChangeHook } from 'payload'

import { releaseSlugs } from '../../src/slugs/claimSlug'
import type { SluggedCollection } from '../../src/vocabulary/collectionNames'

/** After a draft's slug followed its new title, frees the old one (no frontend ever saw it). */
export const releaseSupersededSlugs: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  const slugs = (req.context.slugsToRelease as string[] | undefined) ?? []
  if (slugs.length === 0) return doc
  req.context.slugsToRelease = []
  await releaseSlugs({
    collection: collection.slug as SluggedCollection,
    payload: req.payload,
    slugs,
  })
  return doc
}
