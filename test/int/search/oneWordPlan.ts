import type { SearchPlan } from '../../../src/search/engine/types'

/** A search for one word in speakers' names and texts, as planSearch makes it. */
export const planFor = (word: string): SearchPlan => ({
  collection: 'speakers',
  facets: [],
  filters: {},
  limit: 10,
  offset: 0,
  order: 'featuredThenName',
  phrase: word,
  words: [{ prefix: word, terms: [word], topicIds: [] }],
})
