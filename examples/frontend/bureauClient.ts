/**
 * A typed client for a bureau's website, on @payloadcms/sdk with the types Payload generates for
 * this project (src/payload-types.ts). Copy it into a frontend and point it at the CMS.
 */
import { PayloadSDK, PayloadSDKError } from '@payloadcms/sdk'

import type { Config, Interview, Speaker } from '../../src/payload-types'

export type BureauClient = PayloadSDK<Config>

/** `baseURL` is the CMS's API root, e.g. `https://cms.bureau.example/api`. */
export const createBureauClient = (baseURL: string): BureauClient =>
  new PayloadSDK<Config>({ baseURL })

/** Published interviews, newest first, as list items (title, slug, publication date). */
export const listPublishedInterviews = (client: BureauClient, limit = 10) =>
  client.find({
    collection: 'interviews',
    depth: 0,
    limit,
    select: { publishedAt: true, slug: true, title: true },
    sort: '-publishedAt',
  })

/**
 * One interview by its slug, with its speakers as cards. A slug the interview had before answers
 * with the current one (`redirect`), so a page can redirect; `null` when there is no such interview.
 */
export const interviewBySlug = async (
  client: BureauClient,
  slug: string,
): Promise<{ interview: Interview } | { redirect: string } | null> => {
  try {
    const response = await client.request({
      init: { redirect: 'manual' },
      method: 'GET',
      path: `/interviews/by-slug/${encodeURIComponent(slug)}?depth=2`,
    })
    return { interview: (await response.json()) as Interview }
  } catch (err) {
    if (!(err instanceof PayloadSDKError)) throw err
    if (err.status === 404) return null
    const location = err.status === 301 ? err.response.headers.get('location') : null
    if (location) return { redirect: decodeURIComponent(location.split('/').pop() ?? '') }
    throw err
  }
}

/** A card of `GET /api/speakers/search` and the facets a filter sidebar shows. */
export type SpeakerSearchResult = {
  docs: Pick<
    Speaker,
    | 'feeBand'
    | 'id'
    | 'jobTitle'
    | 'languages'
    | 'name'
    | 'organization'
    | 'photo'
    | 'slug'
    | 'topics'
  >[]
  facets: {
    feeBands: { count: number; label: string; value: string }[]
    languages: { count: number; label: string; value: string }[]
    topics: { count: number; name: string; slug: string }[]
  }
  hasNextPage: boolean
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * "Find a speaker": words in any script (`zhou jielun`, `周杰伦`), narrowed by topic, language and
 * fee band (each repeatable), with facet counts. See README, "Finding speakers (search)".
 */
export const findSpeakers = async (
  client: BureauClient,
  query: {
    feeBand?: string[]
    language?: string[]
    limit?: number
    page?: number
    q?: string
    topic?: string[]
  },
): Promise<SpeakerSearchResult> => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined) params.append(name, String(item))
    }
  }
  const response = await client.request({ method: 'GET', path: `/speakers/search?${params}` })
  return (await response.json()) as SpeakerSearchResult
}
