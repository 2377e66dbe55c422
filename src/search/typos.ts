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

/** The terms of a text that a typo may reach: those long enough to be misspelt and still known. */
export const typoTerms = (terms: string[]): string[] =>
  [...new Set(terms)].filter((term) => term.length >= TYPO_MIN_LENGTH && /^[a-z]+$/.test(term))

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

/** A typed word and the known terms (`candidates`, from the index) one typo away from it. */
export const spellingsOf = (latin: string, candidates: string[] = []): string[] => [
  ...new Set([latin, ...candidates.filter((term) => withinOneTypo(latin, term))]),
]

/**
 * What each query word may be spelt as: a typed word and the known terms one typo away (looked up
 * in the index once for all the long enough words), or a Chinese or Korean word's syllables.
 */
export const wordSpellings = async (
  words: QueryWord[],
  engine: SearchEngine | undefined,
): Promise<string[][]> => {
  const long = words
    .map(({ latin }) => latin)
    .filter((latin): latin is string => Boolean(latin && latin.length >= TYPO_MIN_LENGTH))
  const typos =
    long.length && engine ? await engine.typoCandidates(long) : new Map<string, string[]>()
  return words.map(({ latin, syllables }) =>
    latin ? spellingsOf(latin, typos.get(latin)) : syllables,
  )
}
