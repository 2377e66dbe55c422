import { type LatinWord, latinWords } from '../transliteration/latinWords'
import { otherCombinations } from '../utilities/combinations'

/** Longest query a search takes (characters). */
export const MAX_QUERY_LENGTH = 200
/** Words this long or longer match with one typo (`kierkegard`). */
export const TYPO_MIN_LENGTH = 5
/** Most words of a query that count; the rest are ignored. */
const MAX_QUERY_WORDS = 8

/** One query word: its exact spellings, and whether longer words starting with it match too. */
export type QueryWord = {
  /** Letters typed as a word (`jiel`): also a prefix, and within one typo when long enough. */
  latin?: string
  /** Syllables written in Chinese or Korean (`周` → `zhou`): matched exactly. */
  syllables: string[]
}

const wordTokens = ({ familiar = [], syllables, text }: LatinWord): string[] => [
  text,
  ...syllables,
  ...familiar.flatMap((spelling) => [...spelling, spelling.join('')]),
]

/** Most other spellings of one whole name kept (family name's × given name's). */
const MAX_NAME_VARIANTS = 32

/**
 * A name spelled each other usual way, each word as its syllables: every mix of its words' own
 * spellings and their `familiar` ones but the name as written (`kim young hee` for 김영희), the
 * first MAX_NAME_VARIANTS of them (a name of many Korean names, `김희 김희 …`, has 2^words mixes).
 */
const familiarNames = (words: LatinWord[]): string[][][] =>
  otherCombinations(
    words.map(({ familiar = [], syllables, text }) => [
      syllables.length ? syllables : [text],
      ...familiar,
    ]),
    MAX_NAME_VARIANTS,
  )

/**
 * The index terms of a text: each word in Latin letters (see latinWords), and the syllables of its
 * Chinese and Korean words, so `媒体` is found by `meiti`, `mei` and `ti`.
 */
export const textTerms = (text: string | null | undefined, person = false): string[] =>
  text ? latinWords(text, { person }).flatMap(wordTokens) : []

/**
 * The terms of a person's name: its words and syllables read as a name (曾 as the family name
 * `zeng`) and as ordinary text (`ceng`, which is how a query reads a lone 曾), the family name's
 * other usual spellings (`kim`, `chan`), plus the whole name in one word, so that 周杰伦 is found by
 * `zhou jielun`, `zhou jie lun`, `zhoujielun`, `chow jielun` and `周杰伦`.
 */
export const nameTerms = (name: string | null | undefined): string[] => {
  const words = name ? latinWords(name, { person: true }) : []
  const joined = [
    words.map(({ text }) => text).join(''),
    ...familiarNames(words).map((variant) => variant.flat().join('')),
  ]
  return [
    ...new Set([
      ...words.flatMap(wordTokens),
      ...textTerms(name),
      ...(words.length > 1 ? joined : []),
    ]),
  ]
}

/** A speaker's name and the other names the speaker goes by (`otherNames`), each to be searched. */
export const namesOf = (doc: { name?: unknown; otherNames?: unknown }): string[] =>
  [doc.name, ...(Array.isArray(doc.otherNames) ? doc.otherNames : [])].filter(
    (name): name is string => typeof name === 'string' && name.trim() !== '',
  )

/**
 * The spellings of a whole name a query can equal or start with, for ranking (an exact name first,
 * then names that start with the query): `zhou jielun`, `zhou jie lun`, `zhoujielun`, and with the
 * family name's other usual spellings, `chow jielun` and `chowjielun`.
 */
export const nameKeys = (name: string | null | undefined, person = true): string[] => {
  const words = name ? latinWords(name, { person }) : []
  if (words.length === 0) return []
  const keys = [
    words.map(({ text }) => text).join(' '),
    words.flatMap(({ syllables, text }) => (syllables.length ? syllables : [text])).join(' '),
    words.map(({ text }) => text).join(''),
    ...familiarNames(words).flatMap((variant) => [
      variant.map((syllables) => syllables.join('')).join(' '),
      variant.flat().join(' '),
      variant.flat().join(''),
    ]),
  ]
  return [...new Set(keys)]
}

/** A query as the ranking compares it with nameKeys: Latin words separated by one space. */
export const queryPhrase = (q: string): string =>
  latinWords(q, { person: true })
    .map(({ syllables, text }) =>
      /[\p{Script=Han}\p{Script=Hangul}]/u.test(q) && syllables.length ? syllables.join(' ') : text,
    )
    .join(' ')

/** The words of a query: typed Latin words, and Chinese or Korean written as their syllables. */
export const queryWords = (q: string): QueryWord[] => {
  const words: QueryWord[] = []
  for (const part of q.normalize('NFC').split(/\s+/).filter(Boolean)) {
    const written = /[\p{Script=Han}\p{Script=Hangul}]/u.test(part)
    for (const word of latinWords(part)) {
      if (written && word.syllables.length) {
        for (const syllable of word.syllables) words.push({ syllables: [syllable] })
      } else {
        words.push({ latin: word.text, syllables: [] })
      }
    }
  }
  return words.slice(0, MAX_QUERY_WORDS)
}
