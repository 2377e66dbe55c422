import { compare } from '../typos'

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
 * Terms kept sorted for prefix lookups, each with a value (the typo table's variants, each with the
 * terms it stands for), added one at a time: a few new terms (a publish) are put at their place
 * when next read, many (a build) sorted in at once.
 */
export class SortedTerms<T> {
  private added: [string, T][] = []
  private sorted: [string, T][] = []

  add(term: string, value: T): void {
    this.added.push([term, value])
  }

  /** Every term with its value, sorted. */
  all(): [string, T][] {
    if (this.added.length > IN_PLACE) this.sorted = [...this.sorted, ...this.added].sort(byTerm)
    else for (const row of this.added) this.sorted.splice(lowerBound(this.sorted, row[0]), 0, row)
    this.added = []
    return this.sorted
  }
}
