import type { CollectionBeforeChangeHook } from 'payload'

import type { SearchableCollection } from '../../src/search/engine/types'

import { searchTermsOf } from '../../src/search/searchTermsOf'

/** Writes `searchTerms` from the version being saved (drafts too), for the admin's list search. */
export const fillSearchTerms: CollectionBeforeChangeHook = ({ collection, data }) => ({
  ...data,
  searchTerms: searchTermsOf(collection.slug as SearchableCollection, data),
})
