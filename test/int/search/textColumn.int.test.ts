import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { TextColumn } from '../../../src/search/engine/textColumn'

type Step =
  | { every: number; kind: 'compact'; shift: number }
  | { kind: 'set'; position: number; text: string }
  | { kind: 'trim' }

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      position: fc.nat(300),
      text: fc.string({ maxLength: 40, unit: 'grapheme' }),
    }),
    weight: 8,
  },
  {
    // Keeps one position in `every` (all with 1), from `shift` on.
    arbitrary: fc.record({
      every: fc.integer({ max: 4, min: 1 }),
      kind: fc.constant('compact' as const),
      shift: fc.nat(3),
    }),
    weight: 1,
  },
  { arbitrary: fc.constant({ kind: 'trim' as const }), weight: 1 },
)

/**
 * The search index's texts by slot, held outside the JavaScript heap (textColumn.ts): what was
 * written reads back, whatever the scripts, the order of the writes and the compactions between.
 */
describe('the portable index’s text columns', () => {
  it('should read back each position’s last text through writes in any order, compactions and trims', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 300 }), (steps) => {
        const column = new TextColumn()
        const model = new Map<number, string>()
        for (const each of steps) {
          if (each.kind === 'set') {
            column.set(each.position, each.text)
            model.set(each.position, each.text)
          } else if (each.kind === 'trim') column.trim()
          else {
            const keep = (position: number) => (position + each.shift) % each.every === 0
            column.compact(keep)
            for (const position of model.keys()) if (!keep(position)) model.delete(position)
          }
        }
        for (let position = 0; position <= 300; position++)
          expect(column.get(position)).toBe(model.get(position) ?? '')
      }),
      { numRuns: 300 },
    )
  })

  it('should grow past its first buffer and give the space of dropped texts back', () => {
    const column = new TextColumn()
    const text = (position: number) => `李晓华 ${position} ${'x'.repeat(position % 97)}`
    for (let position = 0; position < 20_000; position++) column.set(position, text(position))
    expect(column.get(0)).toBe(text(0))
    expect(column.get(19_999)).toBe(text(19_999))
    const bytes = column.sizes().bytes
    expect(bytes).toBeGreaterThan(64 * 1024)
    column.compact((position) => position % 10 === 0)
    expect(column.get(12_340)).toBe(text(12_340))
    expect(column.get(12_341)).toBe('')
    expect(column.sizes().bytes).toBeLessThan(bytes / 4)
    expect(column.sizes().used).toBe(
      Array.from({ length: 2_000 }, (_, i) => Buffer.byteLength(text(i * 10))).reduce(
        (sum, n) => sum + n,
      ),
    )
  })
})
