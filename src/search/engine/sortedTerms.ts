import { compare, termsAfter } from '../typos'

/** The first position in `sorted` (by each row's term) not before `start`. */
export const lowerBound = <T>(sorted: [string, T][], start: string): number => {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle][0] < start) low = middle + 1
    else high = middle
  }
  return low
}

/** New terms up to this many are put in place one by one; more are sorted in with the rest. */
const IN_PLACE = 256

const byTerm = <T>([a]: [string, T], [b]: [string, T]): number => compare(a, b)

/**
 * Terms kept sorted for prefix lookups, each with a value (its posting list: a prefix that starts
 * fifty thousand terms is read without looking each up), added one at a time: a few new terms (a
 * publish) are put at their place when next read, many (a build) sorted in at once.
 */
export class SortedTerms<T> {
  private added: [string, T][] = []
  private sorted: [string, T][] = []

  add(term: string, value: T): void {
    this.added.push([term, value])
  }

  /** Keeps only the terms `keep` accepts. */
  filter(keep: (term: string, value: T) => boolean): void {
    this.sorted = this.all().filter(([term, value]) => keep(term, value))
  }

  /** Calls `visit` with each term starting with `start` and its value, in order. */
  forEachStartingWith(start: string, visit: (term: string, value: T) => void): void {
    const sorted = this.all()
    // The run ends where the first term after them would be (no test of each term's start).
    const after = termsAfter(start)
    const end = after === undefined ? sorted.length : lowerBound(sorted, after)
    for (let i = lowerBound(sorted, start); i < end; i++) {
      if (after === undefined && !sorted[i][0].startsWith(start)) return
      visit(sorted[i][0], sorted[i][1])
    }
  }

  /** Every term with its value, sorted. */
  all(): [string, T][] {
    if (this.added.length > IN_PLACE) this.sorted = [...this.sorted, ...this.added].sort(byTerm)
    else for (const row of this.added) this.sorted.splice(lowerBound(this.sorted, row[0]), 0, row)
    this.added = []
    return this.sorted
  }
}
