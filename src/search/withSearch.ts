import type { CollectionConfig } from 'payload'

import type { SearchableCollection } from './engine/types'

import { searchTermsField } from '../../collections/search/searchTermsField'
import { dropFromSearchIndex } from '../../hooks/search/dropFromSearchIndex'
import { fillSearchTerms } from '../../hooks/search/fillSearchTerms'
import { readListSearchAsSearch } from '../../hooks/search/readListSearchAsSearch'
import { reindexEntriesOfDeletedTopic } from '../../hooks/search/reindexEntriesOfDeletedTopic'
import { reindexEntriesOfMovedTopic } from '../../hooks/search/reindexEntriesOfMovedTopic'
import { syncSearchIndex } from '../../hooks/search/syncSearchIndex'
import { mergeHooks } from '../utilities/mergeHooks'
import { searchEndpoint } from './searchEndpoint'

/**
 * Speakers and interviews: kept in the search index, searchable at `/search`, and the admin's list
 * search box matching as search does (through `searchTerms`).
 */
export const withSearch = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    listSearchableFields: [collection.admin?.useAsTitle ?? 'id', searchTermsField.name],
  },
  fields: [...collection.fields, searchTermsField],
  endpoints: [
    searchEndpoint(collection.slug as SearchableCollection),
    ...(collection.endpoints || []),
  ],
  hooks: mergeHooks(
    mergeHooks(
      { beforeChange: [fillSearchTerms], beforeOperation: [readListSearchAsSearch] },
      collection.hooks,
    ),
    // Last, as lockSearchIndex requires.
    { afterChange: [syncSearchIndex], afterDelete: [dropFromSearchIndex] },
  ),
})

/**
 * Topics: a topic moved under another parent moves its documents in the index's topic tree; a
 * deleted one leaves it.
 */
export const withSearchOfTopics = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: mergeHooks(collection.hooks, {
    afterChange: [reindexEntriesOfMovedTopic],
    afterDelete: [reindexEntriesOfDeletedTopic],
  }),
})
