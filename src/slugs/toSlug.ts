import { romanize } from 'koroman'
import { pinyin } from 'pinyin-pro'
import { slugify } from 'transliteration'

export const MAX_SLUG_LENGTH = 96

const HAN = /[\p{Script=Han}]+/gu
const HANGUL = /[\p{Script=Hangul}]+/gu

/** Chinese in pinyin without tones; pinyin-pro reads words in context (银行 → yin hang, not yin xing). */
const romanizeHan = (text: string): string =>
  text.replace(HAN, (run) => ` ${pinyin(run, { toneType: 'none', type: 'array' }).join(' ')} `)

/** Korean in Revised Romanization with its sound-change rules (독립문 → dongnimmun). */
const romanizeHangul = (text: string): string => text.replace(HANGUL, (run) => ` ${romanize(run)} `)

/** Greek ου is one sound, "ou" (ELOT 743); the letter-by-letter table would give "oy". */
const romanizeGreekDigraphs = (text: string): string => text.replace(/ο[υύ]/giu, 'ou')

const trimToLength = (slug: string, max: number): string => {
  if (slug.length <= max) return slug
  const cut = slug.slice(0, max)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > max / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '')
}

/**
 * For letters no transliteration knows (a lone Thai อ, say): their code points, so that a title
 * with letters never ends up without a slug. `u0e2d`, `u0e2d-u0e01`, …
 */
const codePointSlug = (input: string): string =>
  [...input.matchAll(/\p{L}/gu)]
    .map(([letter]) => `u${(letter.codePointAt(0) ?? 0).toString(16)}`)
    .join('-')

/**
 * A URL slug from any name or title: Chinese, Korean, Cyrillic, Greek and accented Latin are
 * transliterated, not dropped. Only `[a-z0-9-]`, no leading, trailing or double hyphens, at most
 * `max` characters. Empty only when the input has no letters or digits (for example "???").
 */
export const toSlug = (input: string, max = MAX_SLUG_LENGTH): string => {
  const latin = romanizeGreekDigraphs(romanizeHangul(romanizeHan(input.normalize('NFC'))))
  const slug = slugify(latin, { lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  return trimToLength(slug || codePointSlug(input.normalize('NFC')), max)
}

/** The slug with a clash counter: `kaiser-kuo` → `kaiser-kuo-2`, still within the length limit. */
export const withSuffix = (slug: string, n: number): string => {
  if (n < 2) return slug
  const suffix = `-${n}`
  return `${trimToLength(slug, MAX_SLUG_LENGTH - suffix.length)}${suffix}`
}
