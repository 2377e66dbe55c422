import { describe, expect, it } from '@jest/globals'

import { buildSearchEntry } from '../../../src/search/buildSearchEntry'
import {
  MAX_TYPO_TERM_LENGTH,
  MAX_TYPO_TERMS,
  startsWithinOneTypo,
  termsAfter,
  variantRows,
} from '../../../src/search/typos'

const paragraph = (text: string) => ({
  children: [{ text, type: 'text', version: 1 }],
  type: 'paragraph',
  version: 1,
})

const interview = (text: string) => ({
  body: { root: { children: [paragraph(text)], type: 'root', version: 1 } },
  excerpt: 'On the future of search',
  id: 1,
  title: 'Searching in Shanghai',
})

/** A made-up word per number: `baaaab`, `baaaac`, … (letters only, as typo terms must be). */
const madeUpWord = (n: number): string =>
  `b${n
    .toString(26)
    .padStart(5, '0')
    .replace(/./g, (digit) => String.fromCharCode(97 + parseInt(digit, 26)))}`

describe('the words a typo may reach', () => {
  const related = { speakerNames: ['Kierkegaard'], topicIds: [] }

  it("should be every long word of an interview's title, speakers, excerpt and text", () => {
    const { typoTerms } = buildSearchEntry(
      'interviews',
      interview('A long conversation about phones.'),
      related,
    )
    expect(typoTerms).toEqual(
      expect.arrayContaining([
        'searching',
        'shanghai',
        'kierkegaard',
        'future',
        'search',
        'conversation',
        'about',
        'phones',
      ]),
    )
    expect(typoTerms).not.toContain('long')
  })

  it('should be at most MAX_TYPO_TERMS, the title and speakers first, for a text of made-up words', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => madeUpWord(i))
    expect(new Set(words).size).toBe(words.length)
    const { bodyTerms, typoTerms } = buildSearchEntry(
      'interviews',
      interview(words.join(' ')),
      related,
    )
    expect(bodyTerms.length).toBeGreaterThan(20_000)
    expect(typoTerms).toHaveLength(MAX_TYPO_TERMS)
    expect(typoTerms.slice(0, 4)).toEqual(['searching', 'shanghai', 'kierkegaard', 'future'])
  })

  it('should leave out "words" longer than anybody types (each would write as many variants as letters)', () => {
    const longest = 'x'.repeat(MAX_TYPO_TERM_LENGTH)
    const { bodyTerms, typoTerms } = buildSearchEntry(
      'interviews',
      interview(`${'y'.repeat(10_000)} ${longest} ${'z'.repeat(MAX_TYPO_TERM_LENGTH + 1)}`),
      related,
    )
    expect(bodyTerms).toContain('y'.repeat(10_000))
    expect(typoTerms).toContain(longest)
    expect(typoTerms.some((term) => term.length > MAX_TYPO_TERM_LENGTH)).toBe(false)
  })

  it("should include a speaker's short bio", () => {
    const { typoTerms } = buildSearchEntry(
      'speakers',
      { id: 2, name: 'Søren Kierkegaard', shortBio: 'Writes about anxiety and faith.' },
      { speakerNames: [], topicIds: [] },
    )
    expect(typoTerms).toEqual(expect.arrayContaining(['soren', 'kierkegaard', 'writes', 'anxiety']))
  })

  it('should be written in one order whatever order the words came in, each term known last', () => {
    const rows = variantRows(['phones', 'answer', 'phones'])
    expect(variantRows(['answer', 'phones'])).toEqual(rows)
    const own = rows.filter(({ term, variant }) => term === variant)
    expect(own).toEqual([
      { term: 'answer', variant: 'answer' },
      { term: 'phones', variant: 'phones' },
    ])
    expect(rows.slice(-2)).toEqual(own)
    const others = rows.slice(0, -2).map(({ term, variant }) => `${variant} ${term}`)
    expect(others).toEqual([...others].sort())
    expect(others).toHaveLength(12)
  })
})

describe('a half-typed word with a typo', () => {
  it.each([
    ['kirkeg', 'kirkeh'],
    ['abz', 'ac'],
    ['azzz', 'b'],
    ['zz', undefined],
  ])('should look up the terms starting with %s below %s', (start, end) => {
    expect(termsAfter(start)).toBe(end)
  })

  it.each([
    ['kirkeg', 'kierkegaard', true],
    ['copnehag', 'copenhagen', true],
    ['philosoh', 'philosophy', true],
    ['kierkeg', 'kierkegaard', true],
    ['kirkeg', 'kirkegaard', true],
    ['kxyzeg', 'kierkegaard', false],
    ['kirkeg', 'kirk', false],
  ])('should tell whether %s starts %s one typo away', (typed, term, expected) => {
    expect(startsWithinOneTypo(typed, term)).toBe(expected)
  })
})
