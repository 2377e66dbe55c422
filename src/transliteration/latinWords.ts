import { romanize } from 'koroman'
import { pinyin } from 'pinyin-pro'
import { transliterate } from 'transliteration'

import { givenNameReadings } from './chineseGivenNames'
import { familiarSpellingsOf } from './familiarSurnames'
import { givenNameSpellings } from './koreanGivenNames'
import { isPersonNameRun, surnameLength } from './personNames'

/**
 * One word in Latin letters; `syllables` are its Chinese or Korean syllables, when it had any;
 * `familiar`, in a Chinese or Korean name, the word's other usual spellings, each as its syllables
 * (김 `gim`: `kim`; 영희 `yeonghui`: `young hee`, `yeong hee`, `young hui`; 朝阳 `chaoyang`: `zhao yang`).
 */
export type LatinWord = { familiar?: string[][]; syllables: string[]; text: string }

type Options = {
  /** A person's name: a Han or Hangul name is written family name + given name (`li xiaohua`). */
  person?: boolean
}

const RUNS = /(\p{Script=Han}+)|(\p{Script=Hangul}+)|([^\p{Script=Han}\p{Script=Hangul}]+)/gu

const chineseWords = new Intl.Segmenter('zh', { granularity: 'word' })

/** Splits `items` (one per character of `run`) at the given character counts. */
const groupBy = <T>(items: T[], lengths: number[]): T[][] => {
  const groups: T[][] = []
  let start = 0
  for (const length of lengths) {
    groups.push(items.slice(start, start + length))
    start += length
  }
  return groups
}

const nameParts = (run: string): number[] => {
  const surname = surnameLength(run)
  return [surname, [...run].length - surname]
}

/** A name's words with its family name's other usual spellings on the first (see familiarSurnames). */
const withFamiliarSurname = (run: string, words: LatinWord[]): LatinWord[] => {
  const familiar = familiarSpellingsOf([...run].slice(0, surnameLength(run)).join(''))
  const [surname, ...rest] = words
  return familiar.length && surname
    ? [{ ...surname, familiar: familiar.map((spelling) => [spelling]) }, ...rest]
    : words
}

/**
 * A name's words with the given name's other usual spellings on the second: a Korean name's as its
 * bearers write it (koreanGivenNames), a Chinese name's other readings (chineseGivenNames).
 */
const withFamiliarGivenName = (
  run: string,
  words: LatinWord[],
  spellingsOf: (name: string, syllables: string[], text: string) => string[][],
): LatinWord[] => {
  const [surname, given] = words
  if (!surname || !given) return words
  const name = [...run].slice(surnameLength(run)).join('')
  const familiar = spellingsOf(name, given.syllables, given.text)
  return familiar.length ? [surname, { ...given, familiar }] : words
}

/**
 * Chinese in toneless pinyin, one word per Chinese word (媒体 → meiti), read in context so that
 * 银行 is yinhang; a name is family name + given name (李晓华 → li xiaohua, 欧阳娜娜 → ouyang nana).
 */
const hanWords = (run: string, person: boolean): LatinWord[] => {
  const asName = person && isPersonNameRun(run)
  const syllables = pinyin(run, {
    surname: asName ? 'head' : 'off',
    toneType: 'none',
    type: 'array',
  }).map((syllable) => syllable.toLowerCase().replace(/ü/g, 'u'))
  const lengths = asName
    ? nameParts(run)
    : [...chineseWords.segment(run)].map(({ segment }) => [...segment].length)
  const words = groupBy(syllables, lengths).map((group) => ({
    syllables: group,
    text: group.join(''),
  }))
  return asName
    ? withFamiliarGivenName(run, withFamiliarSurname(run, words), givenNameReadings)
    : words
}

/** Korean in Revised Romanization; a name is family name + given name (김영희 → gim yeonghui). */
const hangulWords = (run: string, person: boolean): LatinWord[] => {
  const characters = [...run]
  const asName = person && isPersonNameRun(run)
  const lengths = asName ? nameParts(run) : [characters.length]
  const words = groupBy(characters, lengths).map((group) => ({
    syllables: group.map((character) => romanize(character).toLowerCase()),
    text: romanize(group.join('')).toLowerCase(),
  }))
  return asName
    ? withFamiliarGivenName(run, withFamiliarSurname(run, words), givenNameSpellings)
    : words
}

/** Greek ου is one sound, "ou" (ELOT 743); the letter-by-letter table would give "oy". */
const romanizeGreekDigraphs = (text: string): string => text.replace(/ο[υύ]/giu, 'ou')

/** Everything else: transliterated, lower case, apostrophes dropped (Korea's → koreas). */
const otherWords = (text: string): LatinWord[] =>
  transliterate(romanizeGreekDigraphs(text))
    .toLowerCase()
    .replace(/(?<=[a-z0-9])['’ʼ`´]+(?=[a-z0-9])/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((text) => ({ syllables: [], text }))

/**
 * The words of a name or title in lower-case ASCII letters and digits, the one transliteration that
 * slugs and search share: pinyin for Chinese, Revised Romanization for Korean, and the
 * `transliteration` package for Cyrillic, Greek, accented Latin and the rest.
 */
export const latinWords = (input: string, { person = false }: Options = {}): LatinWord[] => {
  const words: LatinWord[] = []
  for (const [, han, hangul, other] of input.normalize('NFC').matchAll(RUNS)) {
    if (han) words.push(...hanWords(han, person))
    else if (hangul) words.push(...hangulWords(hangul, person))
    else if (other) words.push(...otherWords(other))
  }
  return words.filter(({ text }) => /^[a-z0-9]+$/.test(text))
}
