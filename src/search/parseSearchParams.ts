import type { QueryProblem } from '../queries/findQueryProblem'
import type { SearchableCollection } from './engine/types'

import { feeBands, speakingLanguages } from '../vocabulary/options'
import { countryKey } from './buildSearchEntry'
import { MAX_QUERY_LENGTH } from './searchTerms'

export const DEFAULT_SEARCH_LIMIT = 12
export const MAX_SEARCH_LIMIT = 50

export type SearchParams = {
  country?: string
  featured?: boolean
  feeBands: string[]
  languages: string[]
  limit: number
  page: number
  q: string
  speakers: string[]
  topics: string[]
}

const problem = (path: string, en: string, zh: string): { problem: QueryProblem } => ({
  problem: { message: { en: `${path}: ${en}`, zh: `${path}：${zh}` }, path },
})

/** A whole number (leading zeros allowed) below a billion; NaN for anything else. */
const wholeNumber = (value: null | string, fallback: number): number => {
  if (value === null) return fallback
  const digits = value.trim()
  return /^\d+$/.test(digits) && Number(digits) < 1e9 ? Number(digits) : Number.NaN
}

/** What is read of the query (Payload's `req.searchParams`). */
type Params = { entries: () => Iterable<[string, string]>; get: (name: string) => null | string }

/** `name` itself or a qs spelling of it (`name[0]`, `name[]`, `name[$ne]`, `name[a][b]`). */
const spells = (key: string, name: string): boolean => key === name || key.startsWith(`${name}[`)

/** As qs writes an array's items: `name[]`, `name[0]`. */
const isListItem = (key: string, name: string): boolean =>
  key === name || /^\[\d*\]$/.test(key.slice(name.length))

/** The parameters read once (given twice or as an object, they are refused, not guessed at). */
const SINGLE = ['q', 'page', 'limit', 'featured', 'country'] as const
/** The parameters that repeat. */
const REPEATED = ['topic', 'speaker', 'language', 'feeBand'] as const

/** The first parameter of ours spelled as nothing we read: given twice, or as an object. */
const misspelled = (params: Params): { problem: QueryProblem } | undefined => {
  const keys = [...params.entries()].map(([key]) => key)
  for (const name of SINGLE) {
    const given = keys.filter((key) => spells(key, name))
    if (given.length > 1 || given.some((key) => key !== name))
      return problem(name, 'send it once, as plain text.', '只能提供一次，且为纯文本。')
  }
  for (const name of REPEATED) {
    if (keys.some((key) => spells(key, name) && !isListItem(key, name)))
      return problem(
        name,
        `send values as ${name}=a&${name}=b or ${name}=a,b.`,
        `请以 ${name}=a&${name}=b 或 ${name}=a,b 的形式提供。`,
      )
  }
  return undefined
}

/**
 * Values of a repeatable parameter, trimmed: `feeBand=a&feeBand=b`, `feeBand=a,b`, or as qs writes
 * an array (`feeBand[0]=a&feeBand[1]=b`, `feeBand[]=a`).
 */
const many = (params: Params, name: string): string[] => [
  ...new Set(
    [...params.entries()]
      .filter(([key]) => spells(key, name) && isListItem(key, name))
      .flatMap(([, value]) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean),
  ),
]

const unknownOf = (values: string[], known: { value: string }[]): string | undefined =>
  values.find((value) => !known.some((option) => option.value === value))

/**
 * The search parameters, or the first one that is wrong (answered 400 naming it): one read once
 * given twice or as an object (`q[$ne]=`), `q` over 200 characters, an unknown language or fee
 * band, `featured` that is not true/false, a country with no letter or digit, paging that is not a
 * whole number in range. Parameters not ours are ignored (a cache buster, a tracking tag).
 */
export const parseSearchParams = (
  collection: SearchableCollection,
  params: Params,
): { params: SearchParams } | { problem: QueryProblem } => {
  const wrong = misspelled(params)
  if (wrong) return wrong
  const q = params.get('q') ?? ''
  if (q.length > MAX_QUERY_LENGTH)
    return problem(
      'q',
      `at most ${MAX_QUERY_LENGTH} characters.`,
      `最多 ${MAX_QUERY_LENGTH} 个字符。`,
    )
  const page = wholeNumber(params.get('page'), 1)
  if (!(page >= 1)) return problem('page', 'send a whole number from 1.', '请提供不小于 1 的整数。')
  const limit = wholeNumber(params.get('limit'), DEFAULT_SEARCH_LIMIT)
  if (!(limit >= 1 && limit <= MAX_SEARCH_LIMIT))
    return problem(
      'limit',
      `send a whole number from 1 to ${MAX_SEARCH_LIMIT}.`,
      `请提供 1 到 ${MAX_SEARCH_LIMIT} 之间的整数。`,
    )
  const topics = many(params, 'topic').map((slug) => slug.toLowerCase())
  if (collection === 'interviews') {
    return {
      params: {
        feeBands: [],
        languages: [],
        limit,
        page,
        q,
        speakers: many(params, 'speaker').map((slug) => slug.toLowerCase()),
        topics,
      },
    }
  }
  const languages = many(params, 'language')
  const language = unknownOf(languages, speakingLanguages)
  if (language)
    return problem(
      'language',
      `"${language}" is not one of ${speakingLanguages.map(({ value }) => value).join(', ')}.`,
      `"${language}" 不是可选语言（${speakingLanguages.map(({ value }) => value).join(', ')}）。`,
    )
  const bands = many(params, 'feeBand')
  const band = unknownOf(bands, feeBands)
  if (band)
    return problem(
      'feeBand',
      `"${band}" is not one of ${feeBands.map(({ value }) => value).join(', ')}.`,
      `"${band}" 不是可选费用区间（${feeBands.map(({ value }) => value).join(', ')}）。`,
    )
  const featured = params.get('featured')
  if (featured !== null && !['true', 'false', '1', '0'].includes(featured))
    return problem('featured', 'send true or false.', '请提供 true 或 false。')
  const country = params.get('country')?.trim()
  if (country && country.length > 80)
    return problem('country', 'at most 80 characters.', '最多 80 个字符。')
  if (country && countryKey(country) === null)
    return problem('country', 'send a country’s name.', '请提供国家名称。')
  return {
    params: {
      country: country || undefined,
      featured: featured === null ? undefined : featured === 'true' || featured === '1',
      feeBands: bands,
      languages,
      limit,
      page,
      q,
      speakers: [],
      topics,
    },
  }
}
