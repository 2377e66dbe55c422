import { compare } from '../typos'

/** The first of `count` sorted positions whose term (`termAt`) is not before `start`. */
export const lowerBound = (
  count: number,
  termAt: (position: number) => string,
  start: string,
): number => {
  let low = 0
  let high = count
  while (low < high) {
    const middle = (low + high) >> 1
    if (termAt(middle) < start) low = middle + 1
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
    else
      for (const row of this.added)
        this.sorted.splice(
          lowerBound(this.sorted.length, (i) => this.sorted[i][0], row[0]),
          0,
          row,
        )
    this.added = []
    return this.sorted
  }
}
