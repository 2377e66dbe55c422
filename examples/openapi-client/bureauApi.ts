/**
 * A frontend's client for the bureau's public API, typed from its OpenAPI document alone: the
 * types in `api.d.ts` come from `GET /api/openapi.json` by openapi-typescript
 * (`npm run openapi:types`), the calls go through openapi-fetch. Nothing here imports the CMS.
 */
import createClient, { type Client } from 'openapi-fetch'
import { stringify } from 'qs-esm'

import type { components, paths } from './api'

export type BureauApi = Client<paths>
export type Speaker = components['schemas']['Speaker']
export type Interview = components['schemas']['Interview']
export type BookingRequestInput =
  paths['/api/booking-requests']['post']['requestBody']['content']['application/json']
export type ApiError = components['schemas']['Error']

/**
 * `baseUrl` is the CMS's origin (`https://cms.bureau.example`). `where` and `select` are nested
 * objects, sent the way Payload reads them (`where[topics.slug][equals]=…`): openapi-fetch's own
 * serializer goes one level deep only, so qs writes the query, as Payload's own clients do.
 */
export const createBureauApi = (
  baseUrl: string,
  fetch?: (request: Request) => Promise<Response>,
): BureauApi =>
  createClient<paths>({
    baseUrl,
    ...(fetch ? { fetch } : {}),
    querySerializer: (query) => stringify(query, { encodeValuesOnly: true }),
  })

/** The published speakers of one topic, by name: what a topic page lists. */
export const speakersOfTopic = async (api: BureauApi, topicSlug: string) => {
  const { data, error } = await api.GET('/api/speakers', {
    params: {
      query: {
        depth: 1,
        select: { jobTitle: true, name: true, organization: true, photo: true, slug: true },
        sort: 'name',
        where: { 'topics.slug': { equals: topicSlug } },
      },
    },
  })
  if (error) throw new Error(error.errors[0].message)
  return data.docs
}

/**
 * A speaker's page: the speaker under this slug, the current slug to redirect to for an old one,
 * or `null` when there is none.
 */
export const speakerBySlug = async (
  api: BureauApi,
  slug: string,
): Promise<{ speaker: Speaker } | { redirect: string } | null> => {
  const { data, error, response } = await api.GET('/api/speakers/by-slug/{slug}', {
    params: { path: { slug } },
    redirect: 'manual',
  })
  if (data) return { speaker: data }
  // A 301 names the current slug's URL in Location (its body, `{ redirect }`, too).
  const location = response.status === 301 ? response.headers.get('location') : null
  if (location) return { redirect: decodeURIComponent(location.split('/').pop() ?? '') }
  if (response.status === 404) return null
  throw new Error(error?.errors[0].message ?? `HTTP ${response.status}`)
}

export type SpeakerSearch = NonNullable<paths['/api/speakers/search']['get']['parameters']['query']>

/**
 * "Find a speaker": published speakers matching words in any script (`zhou jielun`, `周杰伦`,
 * `soren`), narrowed by topic, language and fee band, with the facets a filter sidebar shows
 * (each counted as if its own choice were open, so a visitor can widen it).
 */
export const findSpeakers = async (api: BureauApi, query: SpeakerSearch) => {
  const { data, error } = await api.GET('/api/speakers/search', { params: { query } })
  if (error) throw new Error(error.errors[0].message)
  return data
}

/** Every published interview, newest first, a page at a time (titles and slugs). */
export const allInterviews = async (api: BureauApi, pageSize = 10) => {
  const interviews: Pick<Interview, 'id' | 'slug' | 'title'>[] = []
  for (let page = 1; ; page++) {
    const { data, error } = await api.GET('/api/interviews', {
      params: {
        query: {
          depth: 0,
          limit: pageSize,
          page,
          select: { slug: true, title: true },
          sort: '-publishedAt',
        },
      },
    })
    if (error) throw new Error(error.errors[0].message)
    interviews.push(...data.docs.map(({ id, slug, title }) => ({ id, slug, title })))
    if (!data.hasNextPage) return interviews
  }
}

/**
 * Sends the request form. The fields a form should mark come back as `{ path: message }`, the
 * reference to quote when it went through.
 */
export const requestBooking = async (
  api: BureauApi,
  body: BookingRequestInput,
): Promise<{ reference: string } | { fieldErrors: Record<string, string>; status: number }> => {
  const { data, error, response } = await api.POST('/api/booking-requests', { body })
  if (data) return { reference: data.doc.reference }
  const fieldErrors: Record<string, string> = {}
  for (const item of error?.errors ?? []) {
    for (const field of item.data?.errors ?? []) fieldErrors[field.path] = field.message
    if (item.path && !(item.path in fieldErrors)) fieldErrors[item.path] = item.message
  }
  return { fieldErrors, status: response.status }
}
