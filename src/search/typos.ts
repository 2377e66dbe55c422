import type { SearchEngine } from './engine/types'

import { type QueryWord, TYPO_MIN_LENGTH } from './searchTerms'

/**
 * A term and every spelling with one letter left out (`kierkegaard` → `ierkegaard`, `kerkegaard`, …):
 * two words are within one typo (a letter wrong, missing, extra or two swapped) only if these sets
 * meet, so a query's typo finds its term through an index lookup, not a scan of the vocabulary.
 */
export const deletionVariants = (term: string): string[] => {
  const variants = new Set([term])
  for (let i = 0; i < term.length; i++) variants.add(term.slice(0, i) + term.slice(i + 1))
  return [...variants]
}

/** Strings by their code units, as SQLite's default collation orders them. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const byVariantThenTerm = (a: VariantRow, b: VariantRow): number =>
  compare(a.variant, b.variant) || compare(a.term, b.term)

export type VariantRow = { term: string; variant: string }

/**
 * The rows of the typo table for new terms, in the order they are written: every publish writes
 * them in one order (by variant, then term), so two publishes sharing new words wait for each other
 * instead of deadlocking on PostgreSQL; and each term's own row comes after all variants, since it
 * marks the term as known (newTerms in the engine) only once they are all in.
 */
export const variantRows = (terms: string[]): VariantRow[] => {
  const unique = [...new Set(terms)]
  const variants = unique.flatMap((term) =>
    deletionVariants(term)
      .filter((variant) => variant !== term)
      .map((variant) => ({ term, variant })),
  )
  const own = unique.map((term) => ({ term, variant: term }))
  return [...variants.sort(byVariantThenTerm), ...own.sort(byVariantThenTerm)]
}

/**
 * How many of an entry's terms a typo may reach at most: its first ones, so the name or title, then
 * the text. A long interview has about a thousand words of five letters or more; an editor's text
 * of 100,000 made-up words must not write a million rows of variants on publish.
 */
export const MAX_TYPO_TERMS = 2_000

/**
 * The longest term a typo may reach: longer ones are no words anybody types (a term has as many
 * variants as letters, so a 10,000-letter "word" in an answer would write 100 MB of them).
 */
export const MAX_TYPO_TERM_LENGTH = 32

/** Whether a word is long enough to be misspelt and no longer than `longest`. */
const typoLength = (word: string, longest = MAX_TYPO_TERM_LENGTH): boolean =>
  word.length >= TYPO_MIN_LENGTH && word.length <= longest

/** The terms of a text that a typo may reach: those long enough to be misspelt and still known. */
export const typoTerms = (terms: string[]): string[] =>
  [...new Set(terms)]
    .filter((term) => typoLength(term) && /^[a-z]+$/.test(term))
    .slice(0, MAX_TYPO_TERMS)

/**
 * Whether `a` becomes `b` with at most one edit: a letter replaced, added or dropped, or two
 * neighbours swapped (the optimal string alignment distance is at most 1).
 */
export const withinOneTypo = (a: string, b: string): boolean => {
  if (a === b) return true
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a]
  return shorter.slice(i) === longer.slice(i + 1)
}

/**
 * The first string after every term starting with `start` (its last letter but a `z` moved on:
 * `kirkeg` → `kirkeh`, `abz` → `ac`), so `start <= term < termsAfter(start)` finds them through an
 * index in any collation that orders a–z alphabetically; none after `zz…`.
 */
export const termsAfter = (start: string): string | undefined => {
  const stem = start.replace(/z+$/, '')
  if (!stem) return undefined
  return stem.slice(0, -1) + String.fromCharCode(stem.charCodeAt(stem.length - 1) + 1)
}

/** Whether `term` starts with a word one typo from `typed` (type-ahead with a typo: `kirkeg`). */
export const startsWithinOneTypo = (typed: string, term: string): boolean =>
  [typed.length - 1, typed.length, typed.length + 1].some(
    (length) => length <= term.length && withinOneTypo(typed, term.slice(0, length)),
  )

/** Most terms a typed word with a typo in it may stand for (the shortest first). */
export const MAX_TYPO_PREFIX_TERMS = 8

/** A typed word and the known terms (`candidates`, from the index) one typo away from it. */
export const spellingsOf = (latin: string, candidates: string[] = []): string[] => [
  ...new Set([latin, ...candidates.filter((term) => withinOneTypo(latin, term))]),
]

/**
 * The terms a word being typed stands for when no known term starts with it and none is one typo
 * from it: those starting with a spelling one typo away (`kirkeg` → `kierkegaard`), shortest first.
 */
const typoPrefixSpellings = (latin: string, candidates: string[]): string[] =>
  candidates.some((term) => term.startsWith(latin))
    ? []
    : candidates
        .filter((term) => term.length > latin.length && startsWithinOneTypo(latin, term))
        .sort((a, b) => a.length - b.length || compare(a, b))
        .slice(0, MAX_TYPO_PREFIX_TERMS)

/**
 * What each query word may be spelt as: a typed word and the known terms one typo away (looked up
 * in the index once for all the long enough words), or a Chinese or Korean word's syllables.
 */
export const wordSpellings = async (
  words: QueryWord[],
  engine: SearchEngine,
): Promise<string[][]> => {
  // Up to one letter more than the longest term: a typo may have added it.
  const long = words
    .map(({ latin }) => latin)
    .filter(
      (latin): latin is string =>
        latin !== undefined && typoLength(latin, MAX_TYPO_TERM_LENGTH + 1),
    )
  const typos = long.length ? await engine.typoCandidates(long) : new Map<string, string[]>()
  const spellings = words.map(({ latin, syllables }) =>
    latin ? spellingsOf(latin, typos.get(latin)) : syllables,
  )
  // Words matching no known term, a typo allowed: perhaps half typed, with a typo.
  const unknown = [
    ...new Set(
      words.flatMap(({ latin }, i) =>
        latin && long.includes(latin) && /^[a-z]+$/.test(latin) && spellings[i].length === 1
          ? [latin]
          : [],
      ),
    ),
  ]
  const starts = unknown.length
    ? await engine.typoPrefixCandidates(unknown)
    : new Map<string, string[]>()
  return spellings.map((spelt, i) => {
    const latin = words[i].latin
    const candidates = latin ? starts.get(latin) : undefined
    return candidates ? [...spelt, ...typoPrefixSpellings(latin as string, candidates)] : spelt
  })
}
