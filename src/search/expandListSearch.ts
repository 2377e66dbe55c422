import type { Where } from 'payload'

import type { SearchEngine } from './engine/types'

import { queryWords } from './searchTerms'
import { wordSpellings } from './typos'

const FIELD = 'searchTerms'

const likeOf = (where: Where): string | undefined => {
  const condition = where[FIELD] as { like?: unknown } | undefined
  return condition && typeof condition.like === 'string' ? condition.like : undefined
}

/** `searchTerms like q` as search reads q: every word, as written or with one typo, in any script. */
const expand = async (q: string, engine: SearchEngine): Promise<Where> => {
  const words = queryWords(q)
  if (words.length === 0) return { [FIELD]: { like: q } }
  const spellings = await wordSpellings(words, engine)
  return {
    and: spellings.map((each) => ({
      or: each.map((spelling) => ({ [FIELD]: { like: spelling } })),
    })),
  }
}

/**
 * A `where` with each `searchTerms: { like }` (the admin's list search box, see
 * searchTermsField) read as search reads a query: transliterated, accents dropped, pinyin with or
 * without spaces, and one typo in words of five letters or more.
 */
export const expandListSearch = async (
  where: Where | undefined,
  engine: SearchEngine,
): Promise<Where | undefined> => {
  if (!where || typeof where !== 'object') return where
  const expanded: Where = {}
  const extra: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      expanded[key] = await Promise.all(
        value.map(async (part) => (await expandListSearch(part, engine)) as Where),
      )
    } else if (key === FIELD && likeOf(where) !== undefined) {
      extra.push(await expand(likeOf(where) as string, engine))
    } else {
      expanded[key] = value
    }
  }
  if (extra.length === 0) return expanded
  return { ...expanded, and: [...((expanded.and as Where[]) ?? []), ...extra] }
}
