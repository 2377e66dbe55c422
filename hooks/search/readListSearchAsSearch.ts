import type { CollectionBeforeOperationHook } from 'payload'

import { expandListSearch } from '../../src/search/expandListSearch'
import { searchEngineOf } from '../../src/search/searchEngineOf'

/** Reads, counts and bulk writes whose `where` searches `searchTerms` (see expandListSearch). */
export const readListSearchAsSearch: CollectionBeforeOperationHook = async ({ args, req }) => {
  const where = (args as { where?: unknown }).where
  if (!where || !JSON.stringify(where).includes('"searchTerms"')) return args
  return { ...args, where: await expandListSearch(where as never, searchEngineOf(req.payload)) }
}
