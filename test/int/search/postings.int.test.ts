import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { Postings } from '../../../src/search/engine/postings'

const runsOf = (postings: Postings, term: string): number[] => postings.slotsOf(term)

const startingWith = (postings: Postings, start: string): number[] => {
  const found: number[] = []
  postings.forEachRunStartingWith(start, (slots, from, to) => {
    for (let i = from; i < to; i++) found.push(slots[i])
  })
  return found.sort((a, b) => a - b)
}

/**
 * The search index's term → slots lists, packed into a few arrays (postings.ts): whatever mix of
 * packed and recent terms, the same slots as plain lists would hold.
 */
describe('the portable index’s postings', () => {
  it('should find the terms a prefix starts, and no other, whatever letters follow, packed or recent', () => {
    const words = [
      'ab',
      'abz',
      'abzé',
      'ac',
      'zz',
      'zzz',
      'zzé',
      'z{',
      'é',
      '晓华',
      '晓',
      '25000',
      '250001',
      '2501',
    ]
    const expectations = (postings: Postings) => {
      expect(startingWith(postings, 'ab')).toEqual([0, 1, 2])
      expect(startingWith(postings, 'abz')).toEqual([1, 2])
      expect(startingWith(postings, 'zz')).toEqual([4, 5, 6])
      expect(startingWith(postings, 'z')).toEqual([4, 5, 6, 7])
      expect(startingWith(postings, '25000')).toEqual([11, 12])
      expect(startingWith(postings, '晓')).toEqual([9, 10])
      expect(startingWith(postings, 'b')).toEqual([])
    }
    const postings = new Postings()
    words.forEach((word, slot) => postings.add([word], slot))
    expectations(postings)
    postings.pack(() => true)
    expectations(postings)
    // Half packed, half recent: a publish after the build.
    const mixed = new Postings()
    words.forEach((word, slot) => slot % 2 === 0 && mixed.add([word], slot))
    mixed.pack(() => true)
    words.forEach((word, slot) => slot % 2 === 1 && mixed.add([word], slot))
    expectations(mixed)
  })

  it('should hold what plain lists hold through any run of adds, packs and sweeps', () => {
    const term = fc.constantFrom('a', 'ab', 'abc', 'b', 'ba', 'c', 'zz', 'zzz', '晓', '25000')
    const step = fc.oneof(
      fc.record({ add: fc.uniqueArray(term, { maxLength: 4 }) }),
      fc.record({ pack: fc.constant(true) }),
      fc.record({ sweepEvery: fc.integer({ max: 4, min: 2 }) }),
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const postings = new Postings()
        const model = new Map<string, number[]>()
        let slot = 0
        for (const s of steps) {
          if ('add' in s) {
            postings.add(s.add, slot)
            for (const t of s.add) model.set(t, [...(model.get(t) ?? []), slot])
            slot++
          } else if ('pack' in s) postings.pack(() => true)
          else {
            // Every slot divisible by `sweepEvery` dies.
            const live = (n: number) => n % s.sweepEvery !== 0
            postings.pack(live)
            for (const [t, slots] of model) {
              const kept = slots.filter(live)
              if (kept.length) model.set(t, kept)
              else model.delete(t)
            }
          }
        }
        for (const t of ['a', 'ab', 'abc', 'b', 'ba', 'c', 'zz', 'zzz', '晓', '25000', 'd'])
          expect(runsOf(postings, t)).toEqual(model.get(t) ?? [])
        for (const start of ['a', 'ab', 'b', 'z', 'zz', '2', 'x']) {
          const expected = [...model]
            .filter(([t]) => t.startsWith(start))
            .flatMap(([, slots]) => slots)
            .sort((x, y) => x - y)
          expect(startingWith(postings, start)).toEqual(expected)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('should pack by itself once many postings are recent, and find them all after', () => {
    const postings = new Postings()
    for (let slot = 0; slot < 30_000; slot++) postings.add([`t${slot % 1000}`, 'every'], slot)
    // 60,000 postings, two a slot: packed once more than 20,000 are recent (20,002 at slots
    // 10,000 and 20,001), the last 9,998 slots' still recent.
    expect(postings.sizes()).toEqual({ packed: 40_004, recent: 19_996 })
    expect(runsOf(postings, 'every')).toHaveLength(30_000)
    expect(runsOf(postings, 't7')).toEqual(Array.from({ length: 30 }, (_, i) => 7 + i * 1000))
    expect(startingWith(postings, 't99')).toHaveLength(11 * 30)
  })
})
