import type {
  FacetName,
  SearchableCollection,
  SearchEntry,
  SearchHits,
  SearchPlan,
  WordCondition,
} from './types'

import { compare, deletionVariants } from '../typos'
import { hasAnyValue, valuesOf } from './entryValues'

/** Terms read per start of a typed word with a typo, as the SQL engine reads them. */
const TERMS_PER_START = 16

/** The entries of one collection, with what finds them by a word. */
type Shelf = {
  entries: SearchEntry[]
  /** Term → positions in `entries` of the entries holding it (their text's, their name's). */
  body: Map<string, number[]>
  name: Map<string, number[]>
  /** Every term of the texts, sorted: the terms a prefix starts are a run of it. */
  bodyTerms: string[]
  nameTerms: string[]
}

/** The index in memory: what the SQL engine finds with the database's text search, found here. */
export type MemoryIndex = {
  search: (plan: SearchPlan) => SearchHits
  typoCandidates: (words: string[]) => Map<string, string[]>
  typoPrefixCandidates: (words: string[]) => Map<string, string[]>
}

/** The first position in `sorted` not before `start`. */
const lowerBound = (sorted: string[], start: string): number => {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < start) low = middle + 1
    else high = middle
  }
  return low
}

const startingWith = (sorted: string[], start: string): string[] => {
  const found: string[] = []
  for (let i = lowerBound(sorted, start); i < sorted.length; i++) {
    if (!sorted[i].startsWith(start)) break
    found.push(sorted[i])
  }
  return found
}

const postings = (lists: string[][]): Map<string, number[]> => {
  const map = new Map<string, number[]>()
  lists.forEach((terms, position) => {
    for (const term of new Set(terms)) {
      const list = map.get(term)
      if (list) list.push(position)
      else map.set(term, [position])
    }
  })
  return map
}

const shelfOf = (entries: SearchEntry[]): Shelf => {
  const body = postings(entries.map(({ bodyTerms }) => bodyTerms))
  const name = postings(entries.map(({ nameTerms }) => nameTerms))
  return {
    body,
    bodyTerms: [...body.keys()].sort(compare),
    entries,
    name,
    nameTerms: [...name.keys()].sort(compare),
  }
}

/** The positions of the entries a word finds in a text: a spelling, a term it starts, a topic it names. */
const found = (shelf: Shelf, word: WordCondition, column: 'body' | 'name'): Set<number> => {
  const map = shelf[column]
  const terms = new Set(word.terms)
  if (word.prefix) {
    for (const term of startingWith(
      column === 'body' ? shelf.bodyTerms : shelf.nameTerms,
      word.prefix,
    ))
      terms.add(term)
  }
  const positions = new Set<number>()
  for (const term of terms) for (const position of map.get(term) ?? []) positions.add(position)
  if (column === 'body' && word.topicIds.length) {
    shelf.entries.forEach((entry, position) => {
      if (hasAnyValue(entry, 'topic', word.topicIds)) positions.add(position)
    })
  }
  return positions
}

const count = (counts: Map<string, number>, value: string): void => {
  counts.set(value, (counts.get(value) ?? 0) + 1)
}

/**
 * The index of `entries` held in memory: the SQL engine's search (sqlSearchEngine.ts and
 * searchQuery.ts) done over them, word for word, filter for filter, facet for facet, with the
 * same ranking; and its typo lookups over their terms' variants (typos.ts).
 */
export const buildMemoryIndex = (entries: SearchEntry[]): MemoryIndex => {
  const shelves = new Map<SearchableCollection, Shelf>(
    (['speakers', 'interviews'] as const).map((collection) => [
      collection,
      shelfOf(entries.filter((entry) => entry.collection === collection)),
    ]),
  )
  // The typo table: each known term under each of its deletion variants (itself included).
  const termsOfVariant = new Map<string, Set<string>>()
  for (const term of new Set(entries.flatMap(({ typoTerms }) => typoTerms))) {
    for (const variant of deletionVariants(term)) {
      const terms = termsOfVariant.get(variant)
      if (terms) terms.add(term)
      else termsOfVariant.set(variant, new Set([term]))
    }
  }
  const variants = [...termsOfVariant.keys()].sort(compare)

  const search = (plan: SearchPlan): SearchHits => {
    const shelf = shelves.get(plan.collection) as Shelf
    let positions = shelf.entries.map((_, position) => position)
    for (const word of plan.words) {
      const matching = found(shelf, word, 'body')
      positions = positions.filter((position) => matching.has(position))
    }
    const { country, featured, feeBands, languages, speakerIds, topicIds } = plan.filters
    const matched = positions.filter((position) => {
      const entry = shelf.entries[position]
      return (
        (!speakerIds || hasAnyValue(entry, 'speaker', speakerIds)) &&
        (featured === undefined || entry.featured === featured) &&
        (!country || entry.country === country)
      )
    })
    const passes = (position: number, except?: FacetName): boolean => {
      const entry = shelf.entries[position]
      return (
        (!topicIds || except === 'topics' || hasAnyValue(entry, 'topic', topicIds)) &&
        (!languages || except === 'languages' || hasAnyValue(entry, 'language', languages)) &&
        (!feeBands?.length ||
          except === 'feeBands' ||
          (entry.feeBand !== null && feeBands.includes(entry.feeBand)))
      )
    }
    const facets: SearchHits['facets'] = {}
    for (const name of plan.facets) {
      const counts = new Map<string, number>()
      for (const position of matched) {
        if (!passes(position, name)) continue
        const entry = shelf.entries[position]
        if (name === 'topics') valuesOf(entry, 'topic').forEach((value) => count(counts, value))
        if (name === 'languages')
          valuesOf(entry, 'language').forEach((value) => count(counts, value))
        if (name === 'feeBands' && entry.feeBand !== null) count(counts, entry.feeBand)
      }
      facets[name] = counts
    }
    const hits = matched.filter((position) => passes(position))
    const inName = plan.words.map((word) => found(shelf, word, 'name'))
    const tier = (position: number): number => {
      if (!plan.phrase) return 3
      const { nameKeys } = shelf.entries[position]
      if (nameKeys.includes(plan.phrase)) return 0
      if (nameKeys.some((key) => key.startsWith(plan.phrase))) return 1
      return inName.length && inName.every((names) => names.has(position)) ? 2 : 3
    }
    const tiers = new Map(hits.map((position) => [position, tier(position)]))
    const byOrder = (a: number, b: number): number => {
      const x = shelf.entries[a]
      const y = shelf.entries[b]
      const byTier = (tiers.get(a) as number) - (tiers.get(b) as number)
      if (byTier) return byTier
      if (plan.order === 'newest') {
        if (x.publishedAt !== y.publishedAt) {
          if (x.publishedAt === null) return 1
          if (y.publishedAt === null) return -1
          return compare(y.publishedAt, x.publishedAt)
        }
        return b - a
      }
      return Number(y.featured) - Number(x.featured) || compare(x.sortKey, y.sortKey) || a - b
    }
    const page = [...hits].sort(byOrder).slice(plan.offset, plan.offset + plan.limit)
    return {
      docIds: page.map((position) => shelf.entries[position].docId),
      facets,
      total: hits.length,
    }
  }

  return {
    search,
    typoCandidates: (words) =>
      new Map(
        words.map((word) => [
          word,
          [
            ...new Set(
              deletionVariants(word).flatMap((variant) => [...(termsOfVariant.get(variant) ?? [])]),
            ),
          ],
        ]),
      ),
    typoPrefixCandidates: (words) =>
      new Map(
        words.map((word) => {
          const terms = new Set<string>()
          for (const start of deletionVariants(word)) {
            // The first rows (variant, term) of the typo table from `start` on, as the SQL reads them.
            let rows = 0
            for (let i = lowerBound(variants, start); rows < TERMS_PER_START; i++) {
              if (i >= variants.length || !variants[i].startsWith(start)) break
              for (const term of [...(termsOfVariant.get(variants[i]) as Set<string>)].sort(
                compare,
              )) {
                if (rows++ === TERMS_PER_START) break
                terms.add(term)
              }
            }
          }
          return [word, [...terms]]
        }),
      ),
  }
}
