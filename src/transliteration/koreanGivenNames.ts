/**
 * Korean given names as their bearers usually spell them, where that is not Revised Romanization:
 * 영희 is `yeonghui` in RR, but the passport and the business card say Young-hee; likewise Sung-min
 * (성민, `seongmin`), Ji-hoon (지훈, `jihun`), Kyung-soo (경수, `gyeongsu`), Hyun-woo (현우, `hyeonu`).
 * The usual spelling is written syllable by syllable, without the sound changes RR applies across
 * syllables (석열 is `seogyeol` in RR, Suk-yeol on paper), with these habits of the older
 * McCune–Reischauer-based practice (its diacritics dropped):
 * - ㅓ in a closed syllable is `u` (성 sung, 정 jung, 철 chul, 석 suk);
 * - ㅕ in a closed syllable is `yu` after a consonant (경 kyung, 현 hyun, 명 myung), and 영 is `young`;
 * - ㅜ is `oo` (수 soo, 준 joon, 훈 hoon), and `woo` alone (우); ㅠ alone is `yoo` (유);
 * - 희 is `hee`; a first ㄱ is `k` (경 kyung, 기 ki); ㅅ before ㅣ is `sh` (신 shin).
 * No library writes this (koroman knows RR only; McCune–Reischauer without its breves gives
 * `yonghui`, which nobody writes), so the rules are ours; they cover the common given-name syllables.
 */

const FIRST_SYLLABLE = 0xac00
const LAST_SYLLABLE = 0xd7a3

/** Revised Romanization of the 19 initial consonants, 21 vowels and 28 finals (none first). */
const INITIALS = 'g kk n d tt r m b pp s ss - j jj ch k t p h'.split(' ')
const VOWELS = 'a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i'.split(' ')
const FINALS = '- k k k n n n t l k m l l l p l m p p t t ng t t k t p t'.split(' ')

const NO_INITIAL = INITIALS.indexOf('-')
const INITIAL_G = INITIALS.indexOf('g')
const INITIAL_S = INITIALS.indexOf('s')
const INITIAL_H = INITIALS.indexOf('h')
const FINAL_NG = FINALS.indexOf('ng')

const vowelAsUsual = (vowel: string, initial: number, final: number): string => {
  const bare = initial === NO_INITIAL
  const closed = final > 0
  switch (vowel) {
    case 'eo':
      return closed ? 'u' : vowel
    case 'yeo':
      if (bare) return final === FINAL_NG ? 'you' : vowel
      return closed ? 'yu' : vowel
    case 'u':
      return bare ? 'woo' : 'oo'
    case 'yu':
      return bare ? 'yoo' : vowel
    case 'ui':
      return initial === INITIAL_H ? 'ee' : vowel
    default:
      return vowel
  }
}

const initialAsUsual = (initial: number, vowel: string): string => {
  if (initial === INITIAL_G) return 'k'
  if (initial === INITIAL_S && vowel === 'i') return 'sh'
  return initial === NO_INITIAL ? '' : INITIALS[initial]!
}

/** One Hangul syllable as given names usually spell it (`영` → `young`), or itself if not Hangul. */
export const usualSyllable = (character: string): string => {
  const code = character.codePointAt(0) ?? 0
  if (code < FIRST_SYLLABLE || code > LAST_SYLLABLE) return character
  const index = code - FIRST_SYLLABLE
  const initial = Math.floor(index / (21 * 28))
  const vowel = VOWELS[Math.floor(index / 28) % 21]!
  const final = index % 28
  return (
    initialAsUsual(initial, vowel) +
    vowelAsUsual(vowel, initial, final) +
    (final ? FINALS[final]! : '')
  )
}

/** Most spellings kept per given name (two forms per syllable of a three-syllable name). */
const MAX_SPELLINGS = 8

/**
 * The ways a Korean given name is usually spelled, each as its syllables: every mix of each
 * syllable's Revised Romanization (`rr`, one per character) and its usual spelling, RR's own
 * syllable-by-syllable form included (`seok yeol` beside `seogyeol`); `text`, the RR word, left out.
 */
export const givenNameSpellings = (name: string, rr: string[], text: string): string[][] => {
  const forms = [...name].map((character, i) => [
    ...new Set([rr[i] ?? character, usualSyllable(character)]),
  ])
  let spellings: string[][] = [[]]
  for (const options of forms) {
    spellings = spellings.flatMap((start) => options.map((option) => [...start, option]))
  }
  return spellings.filter((syllables) => syllables.join('') !== text).slice(0, MAX_SPELLINGS)
}
