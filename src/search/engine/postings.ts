import { termsAfter } from '../typos'
import { lowerBound } from './sortedTerms'
import { TextColumn } from './textColumn'

/** The slots of one term: `slots` from `from` to `to` (a packed run, or a recent term's list). */
export type SlotRun = (slots: ArrayLike<number>, from: number, to: number) => void

/** Recent postings held before they are packed with the rest: at least this many, … */
const RECENT_MIN = 20_000

/** …or this share of the packed ones (a build packs a few times, not once per page). */
const RECENT_SHARE = 0.25

/**
 * Term → the slots holding it, for hundreds of thousands of terms without an array per term: most
 * are packed (the terms sorted in one text column, outside the heap, their slots in one Int32Array,
 * each term's run between two offsets), the latest in a small map that is packed with the rest once
 * it grows, and at each sweep, when dead slots are dropped. A handful of large arrays instead of a
 * million small objects: the garbage collector, which walks every object the server holds while it
 * answers other reads, has little to walk. Slots of a term ascend (slots are positions, and only ever appended).
 */
export class Postings {
  /** Term i of the packed ones, ascending. */
  private packedTerms = new TextColumn()
  private packedCount = 0
  /** Term i's slots are `packedSlots` from `packedFrom[i]` to `packedFrom[i + 1]`. */
  private packedFrom = new Int32Array(1)
  private packedSlots = new Int32Array(0)
  private recent = new Map<string, number[]>()
  private recentPostings = 0

  /** Adds `slot` to the postings of each of `terms` (each once). */
  add(terms: string[], slot: number): void {
    for (const term of new Set(terms)) {
      const list = this.recent.get(term)
      if (list) list.push(slot)
      else this.recent.set(term, [slot])
      this.recentPostings++
    }
    if (this.recentPostings > Math.max(RECENT_MIN, this.packedSlots.length * RECENT_SHARE))
      this.pack(() => true)
  }

  /** Calls `visit` with the runs of slots holding `term` (dead slots included until a sweep). */
  forEachRun(term: string, visit: SlotRun): void {
    const at = lowerBound(this.packedCount, (i) => this.packedTerms.get(i), term)
    if (at < this.packedCount && this.packedTerms.get(at) === term)
      visit(this.packedSlots, this.packedFrom[at], this.packedFrom[at + 1])
    const list = this.recent.get(term)
    if (list) visit(list, 0, list.length)
  }

  /** Calls `visit` with the runs of slots of every term starting with `start`. */
  forEachRunStartingWith(start: string, visit: SlotRun): void {
    const terms = this.packedTerms
    const count = this.packedCount
    const termAt = (i: number) => terms.get(i)
    // The run of terms ends where the first term after them would be (no test of each term's start).
    const after = termsAfter(start)
    const end = after === undefined ? count : lowerBound(count, termAt, after)
    for (let i = lowerBound(count, termAt, start); i < end; i++) {
      if (after === undefined && !terms.get(i).startsWith(start)) break
      visit(this.packedSlots, this.packedFrom[i], this.packedFrom[i + 1])
    }
    for (const [term, list] of this.recent) if (term.startsWith(start)) visit(list, 0, list.length)
  }

  /** The slots holding `term`, ascending. */
  slotsOf(term: string): number[] {
    const found: number[] = []
    this.forEachRun(term, (slots, from, to) => {
      for (let i = from; i < to; i++) found.push(slots[i])
    })
    return found
  }

  /** How many postings are packed, and how many recent (waiting for the next pack). */
  sizes(): { packed: number; recent: number } {
    return { packed: this.packedSlots.length, recent: this.recentPostings }
  }

  /** Packs every posting, keeping only the slots `live` accepts (terms left with none dropped). */
  pack(live: (slot: number) => boolean): void {
    const recentTerms = [...this.recent.keys()].sort()
    const oldTerms = this.packedTerms
    const oldCount = this.packedCount
    const oldFrom = this.packedFrom
    const oldSlots = this.packedSlots
    const terms = new TextColumn()
    let count = 0
    const from: number[] = [0]
    const slots = new Int32Array(oldSlots.length + this.recentPostings)
    let used = 0
    const keep = (run: ArrayLike<number>, start: number, end: number) => {
      for (let i = start; i < end; i++) if (live(run[i])) slots[used++] = run[i]
    }
    // A merge of the two sorted term lists; a term in both has its packed slots first (older).
    let p = 0
    let r = 0
    let old = oldCount > 0 ? oldTerms.get(0) : undefined
    while (old !== undefined || r < recentTerms.length) {
      const term =
        r >= recentTerms.length || (old !== undefined && old <= recentTerms[r])
          ? (old as string)
          : recentTerms[r]
      const before = used
      if (old === term) {
        keep(oldSlots, oldFrom[p], oldFrom[p + 1])
        p++
        old = p < oldCount ? oldTerms.get(p) : undefined
      }
      if (recentTerms[r] === term) {
        const list = this.recent.get(term) as number[]
        keep(list, 0, list.length)
        r++
      }
      if (used > before) {
        terms.set(count++, term)
        from.push(used)
      }
    }
    terms.trim()
    this.packedTerms = terms
    this.packedCount = count
    this.packedFrom = Int32Array.from(from)
    this.packedSlots = slots.slice(0, used)
    this.recent = new Map()
    this.recentPostings = 0
  }
}
