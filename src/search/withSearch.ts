import type { CollectionConfig } from 'payload'

import type { SearchableCollection } from './engine/types'

import { dropFromSearchIndex } from '../../hooks/search/dropFromSearchIndex'
import { syncSearchIndex } from '../../hooks/search/syncSearchIndex'
import { mergeHooks } from '../utilities/mergeHooks'
import { searchEndpoint } from './searchEndpoint'

/** Speakers and interviews: kept in the search index, and searchable at `/search`. */
export const withSearch = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  endpoints: [
    searchEndpoint(collection.slug as SearchableCollection),
    ...(collection.endpoints || []),
  ],
  hooks: mergeHooks(
    { afterChange: [syncSearchIndex], afterDelete: [dropFromSearchIndex] },
    collection.hooks,
  ),
})
