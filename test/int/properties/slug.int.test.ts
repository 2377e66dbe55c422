import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { MAX_SLUG_LENGTH, toSlug } from '../../../src/slugs/toSlug'

/** Code point ranges of the scripts a bureau's names come in, plus punctuation and emoji. */
const ranges: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0xc0, 0x24f], // Latin-1 and Latin Extended
  [0x370, 0x3ff], // Greek
  [0x400, 0x4ff], // Cyrillic
  [0x590, 0x5ff], // Hebrew
  [0x600, 0x6ff], // Arabic
  [0x900, 0x97f], // Devanagari
  [0xe00, 0xe7f], // Thai
  [0x3040, 0x30ff], // Hiragana and Katakana
  [0x4e00, 0x9fff], // CJK
  [0xac00, 0xd7a3], // Hangul syllables
  [0x2000, 0x206f], // punctuation
  [0x1f300, 0x1f5ff], // emoji
]
const char = fc
  .oneof(...ranges.map(([min, max]) => fc.integer({ max, min })))
  .map((code) => String.fromCodePoint(code))
const text = fc.string({ maxLength: 150, unit: char })
const hasLetter = (value: string) => /\p{L}/u.test(value)

describe('toSlug properties (fast-check)', () => {
  it('should only ever produce [a-z0-9-], without leading, trailing or double hyphens, within the length limit', () => {
    fc.assert(
      fc.property(text, (input) => {
        const slug = toSlug(input)
        expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/)
        expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
      }),
      { numRuns: 500 },
    )
  })

  it('should be idempotent', () => {
    fc.assert(
      fc.property(text, (input) => {
        const once = toSlug(input)
        expect(toSlug(once)).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('should never be empty for input with letters', () => {
    fc.assert(
      fc.property(text.filter(hasLetter), (input) => {
        expect(toSlug(input)).not.toBe('')
      }),
      { numRuns: 500 },
    )
  })
})
