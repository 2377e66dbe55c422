import { compare } from '../typos'

/** The first position in `sorted` not before `start`. */
export const lowerBound = (sorted: string[], start: string): number => {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle] < start) low = middle + 1
    else high = middle
  }
  return low
}

/** New terms up to this many are put in place one by one; more are sorted in with the rest. */
const IN_PLACE = 256

/**
 * Terms kept sorted for prefix lookups, added one at a time: a few new terms (a publish) are put
 * at their place when next read, many (a build) sorted in at once.
 */
export class SortedTerms {
  private added: string[] = []
  private sorted: string[] = []

  add(term: string): void {
    this.added.push(term)
  }

  /** Keeps only the terms `keep` accepts. */
  filter(keep: (term: string) => boolean): void {
    this.sorted = this.all().filter(keep)
  }

  /** The terms starting with `start`, in order. */
  startingWith(start: string): string[] {
    const sorted = this.all()
    const found: string[] = []
    for (let i = lowerBound(sorted, start); i < sorted.length; i++) {
      if (!sorted[i].startsWith(start)) break
      found.push(sorted[i])
    }
    return found
  }

  /** Every term, sorted. */
  all(): string[] {
    if (this.added.length > IN_PLACE) this.sorted = [...this.sorted, ...this.added].sort(compare)
    else for (const term of this.added) this.sorted.splice(lowerBound(this.sorted, term), 0, term)
    this.added = []
    return this.sorted
  }
}
