import type {
  FacetName,
  SearchableCollection,
  SearchEntry,
  SearchHits,
  SearchPlan,
  ValueKind,
  WordCondition,
} from './types'

import { compare, deletionVariants } from '../typos'
import { valuesOf } from './entryValues'
import {
  anyAccepted,
  compactPool,
  emptyColumns,
  type SlotColumns,
  writeColumns,
} from './slotColumns'
import { Postings, type SlotRun } from './postings'
import { lowerBound, SortedTerms } from './sortedTerms'
import { SlotsById } from './slotsById'
import { TextColumn } from './textColumn'
import { topOf } from './topOf'

/** Terms read per start of a typed word with a typo, as the SQL engine reads them. */
const TERMS_PER_START = 16

/** Dead slots a shelf's postings may hold before they are swept: this share of the live ones. */
const SWEEP_SHARE = 0.25

/**
 * The texts a search reads of an entry once its words are in the postings and its filters' values
 * in the shelf's columns: its document's id (a page's), and what ranks and orders its matches.
 */
type SlotTexts = {
  docId: TextColumn
  /** Its whole-name spellings (nameKeys), each between two U+0001. */
  nameKeysText: TextColumn
  /** Its name terms, each between two U+0001: a word found in its name is found in this text. */
  nameText: TextColumn
  sortKey: TextColumn
}

/** The entries of one collection, with what finds them by a word or a value. */
type Shelf = {
  /** Term → slots holding it; a slot written again leaves its old one dead here. */
  body: Postings
  dead: number
  live: number
  /** A small number for each `kind:value` (a topic, a language, a fee band, a country). */
  codes: Map<string, number>
  /** Each slot's country, fee band, featured flag, and the codes of its topics, languages, speakers. */
  columns: SlotColumns
  /** The value of each code. */
  decoded: string[]
  nextOrder: number
  /** Slots written so far (the next one's position); slots are never reused. */
  positions: number
  /** Slot of each live entry by its document's id (read from `texts.docId`). */
  slotOf: SlotsById
  texts: SlotTexts
  /** `kind:value` → slots holding that value (a topic with its ancestors, a speaker). */
  values: Postings
}

/** The index in memory: what the SQL engine finds with the database's text search, found here. */
export type MemoryIndex = {
  /**
   * Packs every posting and drops dead slots: after a build, so that no term is left in the
   * postings' recent part (a prefix reads that part term by term).
   */
  compact: () => void
  /** The documents whose entries hold this value (an interview's speaker, an entry's topic). */
  docIdsWithValue: (collection: SearchableCollection, kind: ValueKind, value: string) => string[]
  /** Writes entries, each replacing the previous one of its document. */
  put: (entries: SearchEntry[]) => void
  /** Removes the entries of these documents (`collection:docId` keys, see keyOf). */
  remove: (keys: string[]) => void
  search: (plan: SearchPlan) => SearchHits
  /** Live entries of each collection. */
  size: () => Record<SearchableCollection, number>
  typoCandidates: (words: string[]) => Map<string, string[]>
  typoPrefixCandidates: (words: string[]) => Map<string, string[]>
}

export const keyOf = (collection: SearchableCollection, docId: string): string =>
  `${collection}:${docId}`

const emptyShelf = (): Shelf => {
  const texts: SlotTexts = {
    docId: new TextColumn(),
    nameKeysText: new TextColumn(),
    nameText: new TextColumn(),
    sortKey: new TextColumn(),
  }
  return {
    body: new Postings(),
    codes: new Map(),
    columns: emptyColumns(),
    dead: 0,
    decoded: [],
    live: 0,
    nextOrder: 0,
    positions: 0,
    slotOf: new SlotsById((slot) => texts.docId.get(slot)),
    texts,
    values: new Postings(),
  }
}

const codeOf = (shelf: Shelf, kind: string, value: string): number => {
  const key = `${kind}:${value}`
  let code = shelf.codes.get(key)
  if (code === undefined) {
    code = shelf.decoded.push(value) - 1
    shelf.codes.set(key, code)
  }
  return code
}

/**
 * `texts` each between two U+0001 (which no term holds: they are `[a-z0-9]`, nameKeys add spaces),
 * joined, not concatenated: one flat string, not a chain of pieces for the heap to hold.
 */
const between = (texts: Iterable<string>): string => ['', ...texts, ''].join('\u0001')

/** Writes `entry` at `position`: its columns and its texts. */
const writeSlot = (shelf: Shelf, entry: SearchEntry, order: number, position: number): void => {
  const codes = (kind: ValueKind) =>
    valuesOf(entry, kind).map((value) => codeOf(shelf, kind, value))
  writeColumns(shelf.columns, position, {
    country: entry.country === null ? -1 : codeOf(shelf, 'country', entry.country),
    featured: entry.featured,
    feeBand: entry.feeBand === null ? -1 : codeOf(shelf, 'feeBand', entry.feeBand),
    languages: codes('language'),
    order,
    publishedAt: entry.publishedAt,
    speakers: codes('speaker'),
    topics: codes('topic'),
  })
  const { texts } = shelf
  texts.docId.set(position, entry.docId)
  texts.nameKeysText.set(position, between(entry.nameKeys))
  texts.nameText.set(position, between(new Set(entry.nameTerms)))
  texts.sortKey.set(position, entry.sortKey)
}

/** What finds a word in a slot's `nameText`: its terms whole, or its prefix at a term's start. */
const nameNeedlesOf = (word: WordCondition): string[] => [
  ...word.terms.map((term) => `\u0001${term}\u0001`),
  ...(word.prefix ? [`\u0001${word.prefix}`] : []),
]

/** Drops dead slots from the postings (and terms left with none) and their codes from the pool. */
const sweep = (shelf: Shelf): void => {
  const { alive } = shelf.columns
  const live = (position: number) => alive[position] === 1
  shelf.body.pack(live)
  shelf.values.pack(live)
  compactPool(shelf.columns, live)
  for (const column of Object.values(shelf.texts)) column.compact(live)
  shelf.dead = 0
}

/** Marks the slot of `docId`'s entry dead; its order (undefined: none was live). */
const kill = (shelf: Shelf, docId: string): number | undefined => {
  const slot = shelf.slotOf.get(docId)
  if (slot === undefined) return undefined
  shelf.columns.alive[slot] = 0
  shelf.slotOf.delete(docId)
  shelf.live--
  shelf.dead++
  return shelf.columns.order[slot]
}

const sweepIfDue = (shelf: Shelf): void => {
  if (shelf.dead > 64 && shelf.dead > shelf.live * SWEEP_SHARE) sweep(shelf)
}

/**
 * Marks in `marks` the slots a word finds (those marked `round` become `round + 1`): a spelling, a
 * term it starts, a topic it names. After every word's round, the slots marked with the number of
 * words are those every word finds.
 */
const markWord = (shelf: Shelf, word: WordCondition, marks: Uint8Array, round: number): void => {
  const mark: SlotRun = (slots, from, to) => {
    for (let i = from; i < to; i++) if (marks[slots[i]] === round) marks[slots[i]] = round + 1
  }
  for (const term of word.terms) shelf.body.forEachRun(term, mark)
  // A prefix may start tens of thousands of terms (`speaker` every `speaker123`): no copies.
  if (word.prefix) shelf.body.forEachRunStartingWith(word.prefix, mark)
  for (const id of word.topicIds) shelf.values.forEachRun(`topic:${id}`, mark)
}

/** The positions of the live slots every word finds (all live slots without words). */
const positionsOfWords = (shelf: Shelf, words: WordCondition[]): number[] => {
  const found: number[] = []
  const { alive } = shelf.columns
  if (words.length === 0) {
    for (let i = 0; i < shelf.positions; i++) if (alive[i] === 1) found.push(i)
    return found
  }
  // Up to 255 words (a query holds far fewer: searchTerms caps them).
  const marks = new Uint8Array(shelf.positions)
  words.forEach((word, round) => markWord(shelf, word, marks, round))
  for (let i = 0; i < marks.length; i++)
    if (marks[i] === words.length && alive[i] === 1) found.push(i)
  return found
}

/**
 * The entries' order for equal relevance (featured then A–Z, or newest first), as a comparison of
 * two of `hits` (by their index in it). The A–Z keys are read once per match, not per comparison.
 */
const orderOf = (plan: SearchPlan, shelf: Shelf, hits: number[]) => {
  const { featured, order, publishedAt } = shelf.columns
  if (plan.order === 'newest')
    return (i: number, j: number): number => {
      const x = publishedAt[hits[i]]
      const y = publishedAt[hits[j]]
      if (x !== y && !(Number.isNaN(x) && Number.isNaN(y))) {
        if (Number.isNaN(x)) return 1
        if (Number.isNaN(y)) return -1
        return y - x
      }
      return order[hits[j]] - order[hits[i]]
    }
  const sortKeys = hits.map((p) => shelf.texts.sortKey.get(p))
  return (i: number, j: number): number =>
    featured[hits[j]] - featured[hits[i]] ||
    compare(sortKeys[i], sortKeys[j]) ||
    order[hits[i]] - order[hits[j]]
}

/**
 * The index of entries held in memory, written entry by entry: the SQL engine's search
 * (sqlSearchEngine.ts and searchQuery.ts) done over them, word for word, filter for filter, facet
 * for facet, with the same ranking; and its typo lookups over their terms' variants (typos.ts),
 * which, as the SQL table, remember every term once written.
 */
export const createMemoryIndex = (): MemoryIndex => {
  const shelves = new Map<SearchableCollection, Shelf>([
    ['speakers', emptyShelf()],
    ['interviews', emptyShelf()],
  ])
  // The typo table: each known term under each of its deletion variants (itself included).
  const termsOfVariant = new Map<string, Set<string>>()
  const variants = new SortedTerms<Set<string>>()

  const put = (entries: SearchEntry[]): void => {
    for (const entry of entries) {
      const shelf = shelves.get(entry.collection) as Shelf
      const heldOrder = kill(shelf, entry.docId)
      const position = shelf.positions++
      writeSlot(shelf, entry, heldOrder ?? shelf.nextOrder++, position)
      shelf.slotOf.set(entry.docId, position)
      shelf.live++
      shelf.body.add(entry.bodyTerms, position)
      shelf.values.add(
        entry.values
          .filter(({ kind }) => kind !== 'language')
          .map(({ kind, value }) => `${kind}:${value}`),
        position,
      )
      for (const term of new Set(entry.typoTerms)) {
        for (const variant of deletionVariants(term)) {
          const terms = termsOfVariant.get(variant)
          if (terms) terms.add(term)
          else {
            const created = new Set([term])
            termsOfVariant.set(variant, created)
            variants.add(variant, created)
          }
        }
      }
    }
    for (const shelf of shelves.values()) sweepIfDue(shelf)
  }

  const remove = (keys: string[]): void => {
    for (const key of keys) {
      const colon = key.indexOf(':')
      const shelf = shelves.get(key.slice(0, colon) as SearchableCollection)
      if (shelf) kill(shelf, key.slice(colon + 1))
    }
    for (const shelf of shelves.values()) sweepIfDue(shelf)
  }

  const search = (plan: SearchPlan): SearchHits => {
    const shelf = shelves.get(plan.collection) as Shelf
    const { country, featured, feeBands, languages, speakerIds, topicIds } = plan.filters
    /** Which codes a filter accepts (undefined: no filter). */
    const accepted = (kind: string, values: string[] | undefined): Uint8Array | undefined => {
      if (values === undefined) return undefined
      const flags = new Uint8Array(shelf.decoded.length)
      for (const value of values) {
        const code = shelf.codes.get(`${kind}:${value}`)
        if (code !== undefined) flags[code] = 1
      }
      return flags
    }
    const speakerOk = accepted('speaker', speakerIds)
    const topicOk = accepted('topic', topicIds)
    const languageOk = accepted('language', languages)
    const feeBandOk = feeBands?.length ? accepted('feeBand', feeBands) : undefined
    // A country nobody travels from has no code: -2 matches no slot (-1 is "none").
    const countryCode = country ? (shelf.codes.get(`country:${country}`) ?? -2) : -1
    const wantFeatured = featured === undefined ? -1 : featured ? 1 : 0
    // Each facet counts with every filter but its own; the page and the total obey all of them.
    const counts = Object.fromEntries(
      plan.facets.map((name) => [name, new Int32Array(shelf.decoded.length)]),
    ) as Partial<Record<FacetName, Int32Array>>
    const { topics: topicCounts, languages: languageCounts, feeBands: feeBandCounts } = counts
    const columns = shelf.columns
    const { end, languagesFrom, pool, speakersFrom, topicsFrom } = columns
    const hits: number[] = []
    for (const p of positionsOfWords(shelf, plan.words)) {
      if (
        (speakerOk && !anyAccepted(pool, speakersFrom[p], end[p], speakerOk)) ||
        (wantFeatured >= 0 && columns.featured[p] !== wantFeatured) ||
        (countryCode !== -1 && columns.country[p] !== countryCode)
      )
        continue
      const topic = !topicOk || anyAccepted(pool, topicsFrom[p], languagesFrom[p], topicOk)
      const language =
        !languageOk || anyAccepted(pool, languagesFrom[p], speakersFrom[p], languageOk)
      const band = columns.feeBand[p]
      const feeBand = !feeBandOk || (band >= 0 && feeBandOk[band] === 1)
      if (topicCounts && language && feeBand)
        for (let i = topicsFrom[p]; i < languagesFrom[p]; i++) topicCounts[pool[i]]++
      if (languageCounts && topic && feeBand)
        for (let i = languagesFrom[p]; i < speakersFrom[p]; i++) languageCounts[pool[i]]++
      if (feeBandCounts && topic && language && band >= 0) feeBandCounts[band]++
      if (topic && language && feeBand) hits.push(p)
    }
    const facets: SearchHits['facets'] = {}
    for (const name of plan.facets) {
      const counted = new Map<string, number>()
      ;(counts[name] as Int32Array).forEach((n, code) => {
        if (n > 0) counted.set(shelf.decoded[code], n)
      })
      facets[name] = counted
    }
    const needles = plan.words.map(nameNeedlesOf)
    const exactName = `\u0001${plan.phrase}\u0001`
    const nameStart = `\u0001${plan.phrase}`
    const inName = (nameText: string) =>
      needles.every((some) => some.some((needle) => nameText.includes(needle)))
    const tier = (position: number): number => {
      if (!plan.phrase) return 3
      const nameKeysText = shelf.texts.nameKeysText.get(position)
      if (nameKeysText.includes(exactName)) return 0
      if (nameKeysText.includes(nameStart)) return 1
      return needles.length && inName(shelf.texts.nameText.get(position)) ? 2 : 3
    }
    // A loop: Int8Array.from with a function is V8's slow path (2 ms for 1,250 hits).
    const tiers = new Int8Array(hits.length)
    for (let i = 0; i < hits.length; i++) tiers[i] = tier(hits[i])
    const byOrder = orderOf(plan, shelf, hits)
    const page = topOf(
      hits.map((_, i) => i),
      plan.offset + plan.limit,
      (i, j) => tiers[i] - tiers[j] || byOrder(i, j),
    ).slice(plan.offset)
    return {
      docIds: page.map((i) => shelf.texts.docId.get(hits[i])),
      facets,
      total: hits.length,
    }
  }

  return {
    compact: () => {
      for (const shelf of shelves.values()) sweep(shelf)
    },
    docIdsWithValue: (collection, kind, value) => {
      const shelf = shelves.get(collection) as Shelf
      return shelf.values
        .slotsOf(`${kind}:${value}`)
        .flatMap((slot) => (shelf.columns.alive[slot] === 1 ? [shelf.texts.docId.get(slot)] : []))
    },
    put,
    remove,
    search,
    size: () => ({
      interviews: (shelves.get('interviews') as Shelf).live,
      speakers: (shelves.get('speakers') as Shelf).live,
    }),
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
          const sorted = variants.all()
          for (const start of deletionVariants(word)) {
            // The first rows (variant, term) of the typo table from `start` on, as the SQL reads them.
            let rows = 0
            for (
              let i = lowerBound(sorted.length, (at) => sorted[at][0], start);
              rows < TERMS_PER_START;
              i++
            ) {
              if (i >= sorted.length || !sorted[i][0].startsWith(start)) break
              for (const term of [...sorted[i][1]].sort(compare)) {
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
