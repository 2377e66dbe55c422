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
import { lowerBound, SortedTerms } from './sortedTerms'
import { topOf } from './topOf'

/** Terms read per start of a typed word with a typo, as the SQL engine reads them. */
const TERMS_PER_START = 16

/** Dead slots a shelf's postings may hold before they are swept: this share of the live ones. */
const SWEEP_SHARE = 0.25

/** What a search reads of an entry once its words are in the postings. */
type Slot = {
  country: null | string
  docId: string
  featured: boolean
  /** The fee band's code (see Shelf's `codes`), -1 for none. */
  feeBand: number
  key: string
  nameKeys: string[]
  /** The entry's place in the index (kept when the entry is written again), as the SQL row's id. */
  order: number
  /** Its place in the shelf's slots (and posting lists). */
  position: number
  publishedAt: null | string
  sortKey: string
  /** Codes of the entry's topics (with their ancestors), languages and speakers. */
  values: Record<ValueKind, number[]>
}

/** The entries of one collection, with what finds them by a word or a value. */
type Shelf = {
  /** Term → slots holding it, ascending; a slot written again leaves its old one dead here. */
  body: Map<string, number[]>
  /** Every term of `body` (of `name`), sorted: the terms a prefix starts are a run of it. */
  bodyTerms: SortedTerms<number[]>
  dead: number
  live: number
  name: Map<string, number[]>
  nameTerms: SortedTerms<number[]>
  /** A small number for each `kind:value` (a topic, a language, a fee band), counted by it. */
  codes: Map<string, number>
  /** The value of each code. */
  decoded: string[]
  nextOrder: number
  /** Slot of each live entry by its key; slots are never reused (undefined once dead). */
  slotOf: Map<string, number>
  slots: (Slot | undefined)[]
  /** `kind:value` → slots holding that value (a topic with its ancestors, a speaker). */
  values: Map<string, number[]>
}

/** The index in memory: what the SQL engine finds with the database's text search, found here. */
export type MemoryIndex = {
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

/** Adds `slot` to the postings of each of `terms`; new terms join `sorted`. */
const post = (
  map: Map<string, number[]>,
  sorted: SortedTerms<number[]> | null,
  terms: string[],
  slot: number,
) => {
  for (const term of new Set(terms)) {
    const list = map.get(term)
    if (list) list.push(slot)
    else {
      const created = [slot]
      map.set(term, created)
      sorted?.add(term, created)
    }
  }
}

const emptyShelf = (): Shelf => ({
  body: new Map(),
  bodyTerms: new SortedTerms(),
  dead: 0,
  live: 0,
  name: new Map(),
  nameTerms: new SortedTerms(),
  codes: new Map(),
  decoded: [],
  nextOrder: 0,
  slotOf: new Map(),
  slots: [],
  values: new Map(),
})

const codeOf = (shelf: Shelf, kind: string, value: string): number => {
  const key = `${kind}:${value}`
  let code = shelf.codes.get(key)
  if (code === undefined) {
    code = shelf.decoded.push(value) - 1
    shelf.codes.set(key, code)
  }
  return code
}

const slotOf = (shelf: Shelf, entry: SearchEntry, order: number, position: number): Slot => {
  const codes = (kind: ValueKind) =>
    valuesOf(entry, kind).map((value) => codeOf(shelf, kind, value))
  return {
    country: entry.country,
    docId: entry.docId,
    featured: entry.featured,
    feeBand: entry.feeBand === null ? -1 : codeOf(shelf, 'feeBand', entry.feeBand),
    key: keyOf(entry.collection, entry.docId),
    nameKeys: entry.nameKeys,
    order,
    position,
    publishedAt: entry.publishedAt,
    sortKey: entry.sortKey,
    values: { language: codes('language'), speaker: codes('speaker'), topic: codes('topic') },
  }
}

/** Drops dead slots from every posting list (and terms left with none). */
const sweep = (shelf: Shelf): void => {
  const { slots } = shelf
  for (const [map, sorted] of [
    [shelf.body, 'bodyTerms'],
    [shelf.name, 'nameTerms'],
    [shelf.values, null],
  ] as const) {
    for (const [term, list] of map) {
      // In place: the sorted terms hold the same list.
      let kept = 0
      for (let i = 0; i < list.length; i++) if (slots[list[i]] !== undefined) list[kept++] = list[i]
      list.length = kept
      if (kept === 0) map.delete(term)
    }
    if (sorted) shelf[sorted].filter((term) => map.has(term))
  }
  shelf.dead = 0
}

const kill = (shelf: Shelf, key: string): Slot | undefined => {
  const slot = shelf.slotOf.get(key)
  if (slot === undefined) return undefined
  const held = shelf.slots[slot]
  shelf.slots[slot] = undefined
  shelf.slotOf.delete(key)
  shelf.live--
  shelf.dead++
  return held
}

const sweepIfDue = (shelf: Shelf): void => {
  if (shelf.dead > 64 && shelf.dead > shelf.live * SWEEP_SHARE) sweep(shelf)
}

/**
 * Marks in `marks` the slots a word finds (those marked `round` become `round + 1`): a spelling, a
 * term it starts, a topic it names. After every word's round, the slots marked with the number of
 * words are those every word finds.
 */
const markWord = (
  shelf: Shelf,
  word: WordCondition,
  column: 'body' | 'name',
  marks: Uint8Array,
  round: number,
): void => {
  const map = shelf[column]
  const mark = (list: number[] | undefined) => {
    if (!list) return
    for (let i = 0; i < list.length; i++) if (marks[list[i]] === round) marks[list[i]] = round + 1
  }
  for (const term of word.terms) mark(map.get(term))
  // A prefix may start tens of thousands of terms (`speaker` every `speaker123`): no copies.
  if (word.prefix)
    (column === 'body' ? shelf.bodyTerms : shelf.nameTerms).forEachStartingWith(
      word.prefix,
      (_, list) => mark(list),
    )
  if (column === 'body') for (const id of word.topicIds) mark(shelf.values.get(`topic:${id}`))
}

/** Whether any of `held` is a code `flags` accepts (no filter: true); a loop, run per match. */
const anyOf = (held: number[], flags: Uint8Array | undefined): boolean => {
  if (flags === undefined) return true
  for (let i = 0; i < held.length; i++) if (flags[held[i]] === 1) return true
  return false
}

/** The slots of a shelf every word finds (all live slots without words). */
const slotsOfWords = (shelf: Shelf, words: WordCondition[]): Slot[] => {
  const found: Slot[] = []
  if (words.length === 0) {
    for (const slot of shelf.slots) if (slot) found.push(slot)
    return found
  }
  // Up to 255 words (a query holds far fewer: searchTerms caps them).
  const marks = new Uint8Array(shelf.slots.length)
  words.forEach((word, round) => markWord(shelf, word, 'body', marks, round))
  for (let i = 0; i < marks.length; i++) {
    if (marks[i] !== words.length) continue
    const slot = shelf.slots[i]
    if (slot) found.push(slot)
  }
  return found
}

/** The entries' order for equal relevance: featured then A–Z, or newest first. */
const orderOf = (plan: SearchPlan) =>
  plan.order === 'newest'
    ? (x: Slot, y: Slot): number => {
        if (x.publishedAt !== y.publishedAt) {
          if (x.publishedAt === null) return 1
          if (y.publishedAt === null) return -1
          return compare(y.publishedAt, x.publishedAt)
        }
        return y.order - x.order
      }
    : (x: Slot, y: Slot): number =>
        Number(y.featured) - Number(x.featured) ||
        compare(x.sortKey, y.sortKey) ||
        x.order - y.order

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
  const shelfOfKey = (key: string): Shelf | undefined =>
    shelves.get(key.slice(0, key.indexOf(':')) as SearchableCollection)
  // The typo table: each known term under each of its deletion variants (itself included).
  const termsOfVariant = new Map<string, Set<string>>()
  const variants = new SortedTerms<Set<string>>()

  const put = (entries: SearchEntry[]): void => {
    for (const entry of entries) {
      const shelf = shelves.get(entry.collection) as Shelf
      const held = kill(shelf, keyOf(entry.collection, entry.docId))
      const position = shelf.slots.length
      const slot = slotOf(shelf, entry, held?.order ?? shelf.nextOrder++, position)
      shelf.slots.push(slot)
      shelf.slotOf.set(slot.key, position)
      shelf.live++
      post(shelf.body, shelf.bodyTerms, entry.bodyTerms, position)
      post(shelf.name, shelf.nameTerms, entry.nameTerms, position)
      post(
        shelf.values,
        null,
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
      const shelf = shelfOfKey(key)
      if (shelf) kill(shelf, key)
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
    // Each facet counts with every filter but its own; the page and the total obey all of them.
    const counts = Object.fromEntries(
      plan.facets.map((name) => [name, new Int32Array(shelf.decoded.length)]),
    ) as Partial<Record<FacetName, Int32Array>>
    const hits: Slot[] = []
    for (const slot of slotsOfWords(shelf, plan.words)) {
      if (
        !anyOf(slot.values.speaker, speakerOk) ||
        (featured !== undefined && slot.featured !== featured) ||
        (country && slot.country !== country)
      )
        continue
      const topic = anyOf(slot.values.topic, topicOk)
      const language = anyOf(slot.values.language, languageOk)
      const feeBand = !feeBandOk || (slot.feeBand >= 0 && feeBandOk[slot.feeBand] === 1)
      if (counts.topics && language && feeBand)
        for (const code of slot.values.topic) counts.topics[code]++
      if (counts.languages && topic && feeBand)
        for (const code of slot.values.language) counts.languages[code]++
      if (counts.feeBands && topic && language && slot.feeBand >= 0) counts.feeBands[slot.feeBand]++
      if (topic && language && feeBand) hits.push(slot)
    }
    const facets: SearchHits['facets'] = {}
    for (const name of plan.facets) {
      const counted = new Map<string, number>()
      ;(counts[name] as Int32Array).forEach((n, code) => {
        if (n > 0) counted.set(shelf.decoded[code], n)
      })
      facets[name] = counted
    }
    const inName = new Uint8Array(plan.phrase ? shelf.slots.length : 0)
    if (plan.phrase)
      plan.words.forEach((word, round) => markWord(shelf, word, 'name', inName, round))
    const tier = (slot: Slot): number => {
      if (!plan.phrase) return 3
      const { nameKeys } = slot
      if (nameKeys.includes(plan.phrase)) return 0
      for (const key of nameKeys) if (key.startsWith(plan.phrase)) return 1
      return plan.words.length && inName[slot.position] === plan.words.length ? 2 : 3
    }
    // A loop: Int8Array.from with a function is V8's slow path (2 ms for 1,250 hits).
    const tiers = new Int8Array(hits.length)
    for (let i = 0; i < hits.length; i++) tiers[i] = tier(hits[i])
    const byOrder = orderOf(plan)
    const page = topOf(
      hits.map((_, i) => i),
      plan.offset + plan.limit,
      (i, j) => tiers[i] - tiers[j] || byOrder(hits[i], hits[j]),
    ).slice(plan.offset)
    return { docIds: page.map((i) => hits[i].docId), facets, total: hits.length }
  }

  return {
    docIdsWithValue: (collection, kind, value) => {
      const shelf = shelves.get(collection) as Shelf
      const slots = shelf.values.get(`${kind}:${value}`) ?? []
      return slots.flatMap((slot) => shelf.slots[slot]?.docId ?? [])
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
            for (let i = lowerBound(sorted, start); rows < TERMS_PER_START; i++) {
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

/** An index holding `entries`. */
export const buildMemoryIndex = (entries: SearchEntry[]): MemoryIndex => {
  const index = createMemoryIndex()
  index.put(entries)
  return index
}
