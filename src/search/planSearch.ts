import type {
  FacetName,
  SearchableCollection,
  SearchEngine,
  SearchPlan,
  WordCondition,
} from './engine/types'
import type { SearchParams } from './parseSearchParams'
import type { TopicNode } from './topicTree'

import { countryKey } from './buildSearchEntry'
import { type QueryWord, queryPhrase, queryWords, TYPO_MIN_LENGTH } from './searchTerms'
import { topicIdsOf } from './topicTree'
import { startsWithinOneTypo, withinOneTypo, wordSpellings } from './typos'

/** Shortest typed word that also matches longer words starting with it. */
const MIN_PREFIX_LENGTH = 2

/** Whether an index term answers a query word: the same, longer (type-ahead), or one typo away. */
const answers = (word: QueryWord, term: string): boolean => {
  if (!word.latin) return word.syllables.includes(term)
  return (
    term === word.latin ||
    (word.latin.length >= MIN_PREFIX_LENGTH && term.startsWith(word.latin)) ||
    (word.latin.length >= TYPO_MIN_LENGTH && withinOneTypo(word.latin, term))
  )
}

/**
 * The topics a word names: by the rule above, or else, for a word long enough to hold a typo and
 * one typo from no term of the text (its spellings are itself and what it may be half of), the
 * topics with a term starting one typo from it (`tecnolog` → Technology), as words are typed.
 */
const topicsNamedBy = (word: QueryWord, spellings: string[], topics: TopicNode[]): string[] => {
  const named = topics.filter(({ terms }) => terms.some((term) => answers(word, term)))
  const { latin } = word
  const halfTyped =
    named.length === 0 &&
    latin !== undefined &&
    latin.length >= TYPO_MIN_LENGTH &&
    /^[a-z]+$/.test(latin) &&
    !spellings.some((spelt) => spelt !== latin && withinOneTypo(latin, spelt))
  return (
    halfTyped
      ? topics.filter(({ terms }) => terms.some((term) => startsWithinOneTypo(latin, term)))
      : named
  ).map(({ id }) => id)
}

const facetsOf = (collection: SearchableCollection): FacetName[] =>
  collection === 'speakers' ? ['topics', 'languages', 'feeBands'] : ['topics']

type Args = {
  collection: SearchableCollection
  engine: SearchEngine
  params: SearchParams
  /** Ids of the speakers named by `speaker` (interviews only). */
  speakerIds: string[]
  topics: TopicNode[]
}

/** The engine's plan for a search: each word's spellings (typos looked up), filters, facets. */
export const planSearch = async ({
  collection,
  engine,
  params,
  speakerIds,
  topics,
}: Args): Promise<SearchPlan> => {
  const words = queryWords(params.q)
  const spellings = await wordSpellings(words, engine)
  const conditions: WordCondition[] = words.map((word, i) => ({
    // One letter is too little to stand for every word it starts (`a` would match most speakers).
    prefix: word.latin && word.latin.length >= MIN_PREFIX_LENGTH ? word.latin : undefined,
    terms: spellings[i],
    topicIds: topicsNamedBy(word, spellings[i], topics),
  }))
  return {
    collection,
    facets: facetsOf(collection),
    filters: {
      country: params.country ? (countryKey(params.country) ?? '') : undefined,
      featured: params.featured,
      feeBands: params.feeBands.length ? params.feeBands : undefined,
      languages: params.languages.length ? params.languages : undefined,
      speakerIds: params.speakers.length ? speakerIds : undefined,
      topicIds: params.topics.length ? topicIdsOf(topics, params.topics) : undefined,
    },
    limit: params.limit,
    offset: (params.page - 1) * params.limit,
    order: collection === 'speakers' ? 'featuredThenName' : 'newest',
    phrase: conditions.length ? queryPhrase(params.q) : '',
    words: conditions,
  }
}
