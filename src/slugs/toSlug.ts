import { latinWords } from '../transliteration/latinWords'

export const MAX_SLUG_LENGTH = 96

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

type Options = {
  /** A person's name: Chinese and Korean names become family name + given name (`li-xiaohua`). */
  person?: boolean
}

/**
 * A URL slug from any name or title: Chinese, Korean, Cyrillic, Greek and accented Latin are
 * transliterated word by word (see latinWords), not dropped. Only `[a-z0-9-]`, no leading, trailing
 * or double hyphens, at most `max` characters. Empty only when the input has no letters or digits.
 */
export const toSlug = (
  input: string,
  { person = false }: Options = {},
  max = MAX_SLUG_LENGTH,
): string => {
  const slug = latinWords(input, { person })
    .map(({ text }) => text)
    .join('-')
  return trimToLength(slug || codePointSlug(input.normalize('NFC')), max)
}

/** The slug with a clash counter: `kaiser-kuo` → `kaiser-kuo-2`, still within the length limit. */
export const withSuffix = (slug: string, n: number): string => {
  if (n < 2) return slug
  const suffix = `-${n}`
  return `${trimToLength(slug, MAX_SLUG_LENGTH - suffix.length)}${suffix}`
}
