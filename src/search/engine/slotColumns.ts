/**
 * What a search's loop reads of each slot, in typed arrays indexed by the slot's position instead of
 * one object per slot: the loop over ten thousand matches reads neighbouring numbers, not ten
 * thousand objects and their arrays (and the garbage collector has a few arrays to mark, not
 * hundreds of thousands of objects). Codes are the shelf's value codes; -1 is none.
 */
export type SlotColumns = {
  /** 1 while the slot holds its document's current entry, 0 once written again or removed. */
  alive: Uint8Array
  country: Int32Array
  featured: Uint8Array
  feeBand: Int32Array
  /**
   * A slot's codes in `pool`: its topics (with their ancestors) from `topicsFrom` to
   * `languagesFrom`, its languages to `speakersFrom`, its speakers to `end`.
   */
  topicsFrom: Int32Array
  languagesFrom: Int32Array
  speakersFrom: Int32Array
  end: Int32Array
  /** The entry's place in the index (kept when the entry is written again), as the SQL row's id. */
  order: Int32Array
  pool: Int32Array
  /**
   * Milliseconds since 1970 of the entry's publication (NaN: none), what the newest-first order
   * compares.
   */
  publishedAt: Float64Array
  /** Codes written to `pool` (a slot written again leaves its old ones until compact). */
  used: number
}

export type SlotRow = {
  country: number
  featured: boolean
  feeBand: number
  languages: number[]
  order: number
  publishedAt: null | string
  speakers: number[]
  topics: number[]
}

const INT_PER_SLOT = [
  'country',
  'feeBand',
  'topicsFrom',
  'languagesFrom',
  'speakersFrom',
  'end',
  'order',
] as const

export const emptyColumns = (capacity = 1024): SlotColumns => ({
  alive: new Uint8Array(capacity),
  country: new Int32Array(capacity),
  end: new Int32Array(capacity),
  featured: new Uint8Array(capacity),
  feeBand: new Int32Array(capacity),
  languagesFrom: new Int32Array(capacity),
  order: new Int32Array(capacity),
  pool: new Int32Array(capacity * 4),
  publishedAt: new Float64Array(capacity),
  speakersFrom: new Int32Array(capacity),
  topicsFrom: new Int32Array(capacity),
  used: 0,
})

/** `array`, or a copy with room for `needed` (doubling, at least 1024: an emptied array grows fast). */
export const grown = <T extends Float64Array | Int32Array | Uint8Array>(
  array: T,
  needed: number,
): T => {
  if (needed <= array.length) return array
  const bigger = new (array.constructor as new (length: number) => T)(
    Math.max(needed, array.length * 2, 1024),
  )
  bigger.set(array)
  return bigger
}

const append = (columns: SlotColumns, codes: number[]): void => {
  columns.pool = grown(columns.pool, columns.used + codes.length)
  columns.pool.set(codes, columns.used)
  columns.used += codes.length
}

/** Writes the slot at `position` (its codes appended to the pool). */
export const writeColumns = (columns: SlotColumns, position: number, row: SlotRow): void => {
  if (position >= columns.country.length) {
    const needed = position + 1
    columns.alive = grown(columns.alive, needed)
    columns.featured = grown(columns.featured, needed)
    columns.publishedAt = grown(columns.publishedAt, needed)
    for (const name of INT_PER_SLOT) columns[name] = grown(columns[name], needed)
  }
  columns.alive[position] = 1
  columns.country[position] = row.country
  columns.featured[position] = row.featured ? 1 : 0
  columns.feeBand[position] = row.feeBand
  columns.order[position] = row.order
  columns.publishedAt[position] = row.publishedAt === null ? NaN : Date.parse(row.publishedAt)
  columns.topicsFrom[position] = columns.used
  append(columns, row.topics)
  columns.languagesFrom[position] = columns.used
  append(columns, row.languages)
  columns.speakersFrom[position] = columns.used
  append(columns, row.speakers)
  columns.end[position] = columns.used
}

/** Rewrites the pool with the codes of the `live` positions only (those of dead slots dropped). */
export const compactPool = (columns: SlotColumns, live: (position: number) => boolean): void => {
  const { end, languagesFrom, pool, speakersFrom, topicsFrom } = columns
  const kept = new Int32Array(Math.max(1024, columns.used))
  let used = 0
  for (let p = 0; p < columns.country.length; p++) {
    if (!live(p)) continue
    const from = topicsFrom[p]
    const shift = used - from
    kept.set(pool.subarray(from, end[p]), used)
    used += end[p] - from
    topicsFrom[p] += shift
    languagesFrom[p] += shift
    speakersFrom[p] += shift
    end[p] += shift
  }
  columns.pool = kept
  columns.used = used
}

/** Whether any code of `pool` from `from` to `to` is one `flags` accepts. */
export const anyAccepted = (
  pool: Int32Array,
  from: number,
  to: number,
  flags: Uint8Array,
): boolean => {
  for (let i = from; i < to; i++) if (flags[pool[i]] === 1) return true
  return false
}
