import type { CollectionAfterDeleteHook } from 'payload'

import type { SearchableCollection } from '../../src/search/engine/types'

import { indexInterviewsIndexedWithSpeaker } from '../../src/search/indexPublicVersion'
import { lockSearchIndex } from '../../src/search/lockSearchIndex'
import { searchEngineOf } from '../../src/search/searchEngineOf'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/** A deleted document leaves the search index (and its interviews lose a deleted speaker's name). */
export const dropFromSearchIndex: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await lockSearchIndex(req)
  const slug = collection.slug as SearchableCollection
  await searchEngineOf(req.payload).remove(slug, [String(id)], req)
  if (slug === collectionNames.speakers) await indexInterviewsIndexedWithSpeaker(req, id)
}
