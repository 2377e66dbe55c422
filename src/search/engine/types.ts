import type { PayloadRequest } from 'payload'

export type SearchableCollection = 'interviews' | 'speakers'

/** What a facet or filter counts on besides the entry's own columns. */
export type ValueKind = 'language' | 'speaker' | 'topic'

/** The kinds the index can find documents by (languages are only filtered and counted). */
export type LookedUpKind = Exclude<ValueKind, 'language'>

/** The published version of one document as the index keeps it. */
export type SearchEntry = {
  /** Terms of everything searchable (name or title included). */
  bodyTerms: string[]
  collection: SearchableCollection
  /** Normalised `travelsFrom.country` (see countryKey). */
  country: null | string
  docId: string
  featured: boolean
  feeBand: null | string
  /** Whole-name spellings for ranking (see nameKeys). */
  nameKeys: string[]
  /** Terms of the name or title alone. */
  nameTerms: string[]
  publishedAt: null | string
  /** Ties are ordered by this (the name or title in Latin letters). */
  sortKey: string
  /** Terms a one-letter typo may reach (see typoTerms). */
  typoTerms: string[]
  /** Topics with their ancestors (withAncestors), languages, an interview's speakers. */
  values: { kind: ValueKind; value: string }[]
}

/** One query word for the engine: any of `terms` exactly, or any term starting with `prefix`. */
export type WordCondition = {
  prefix?: string
  terms: string[]
  /** Entries with one of these topics match the word too (the word names the topic). */
  topicIds: string[]
}

export type FacetName = 'feeBands' | 'languages' | 'topics'

export type SearchFilters = {
  country?: string
  featured?: boolean
  feeBands?: string[]
  languages?: string[]
  speakerIds?: string[]
  /** The chosen topics (an entry holds its topics with their ancestors: subtopics count). */
  topicIds?: string[]
}

export type SearchPlan = {
  collection: SearchableCollection
  facets: FacetName[]
  filters: SearchFilters
  limit: number
  offset: number
  /** Equal relevance: featured speakers then names A–Z, or newest first. */
  order: 'featuredThenName' | 'newest'
  /** The query as one phrase, for ranking against nameKeys (empty: no query). */
  phrase: string
  words: WordCondition[]
}

export type SearchHits = {
  docIds: string[]
  facets: Partial<Record<FacetName, Map<string, number>>>
  total: number
}

/** Where the index lives: the database's own text search (SQLite FTS5, PostgreSQL, MongoDB). */
export type SearchEngine = {
  /**
   * Claims the building of the index for this process (one process builds it at a time, across
   * instances); false while another's claim younger than `staleAfterMs` holds.
   */
  claimBuild: (staleAfterMs: number) => Promise<boolean>
  /** Empties the index of one collection (before a rebuild). */
  clear: (collection: SearchableCollection) => Promise<void>
  /** The documents of a collection whose entries have this value (an interview's speaker, say). */
  docIdsWithValue: (
    collection: SearchableCollection,
    kind: LookedUpKind,
    value: string,
    req?: Partial<PayloadRequest>,
  ) => Promise<string[]>
  /** The index's format (see SEARCH_INDEX_FORMAT), or null before one is recorded. */
  format: () => Promise<null | string>
  /** Whether the index holds no entry at all (a database from before search, say). */
  isEmpty: () => Promise<boolean>
  /** The documents of a collection the index holds. */
  docIds: (collection: SearchableCollection, req?: Partial<PayloadRequest>) => Promise<string[]>
  /** Writes entries, replacing the documents' previous ones, in the request's transaction. */
  put: (entries: SearchEntry[], req?: Partial<PayloadRequest>) => Promise<void>
  remove: (
    collection: SearchableCollection,
    docIds: string[],
    req?: Partial<PayloadRequest>,
  ) => Promise<void>
  releaseBuild: () => Promise<void>
  search: (plan: SearchPlan) => Promise<SearchHits>
  /** Readies what the first search would otherwise wait for (the portable index's copy). */
  warm?: () => Promise<void>
  setFormat: (format: string) => Promise<void>
  /** Known terms within one typo of each word (candidates; the caller checks the distance). */
  typoCandidates: (words: string[]) => Promise<Map<string, string[]>>
  /**
   * Known terms with a variant starting with each word or with one of its variants: those starting
   * with the word, and with a spelling one typo from it (a few per start; the caller checks).
   */
  typoPrefixCandidates: (words: string[]) => Promise<Map<string, string[]>>
}
