import type { Endpoint, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'

import type { FacetName, SearchableCollection, SearchHits } from './engine/types'
import type { TopicNode } from './topicTree'

import { localize } from '../i18n/localize'
import { payloadIdsOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { feeBands, type Option, speakingLanguages } from '../vocabulary/options'
import { parseSearchParams, type SearchParams } from './parseSearchParams'
import { planSearch } from './planSearch'
import { searchEngineOf } from './searchEngineOf'
import { searchDocs } from './searchDocs'
import { loadTopics } from './topicTree'

/** What a search result card needs, as the public lists give it. */
const CARD_FIELDS: Record<SearchableCollection, Record<string, true>> = {
  interviews: {
    excerpt: true,
    publishedAt: true,
    slug: true,
    speakers: true,
    title: true,
    topics: true,
  },
  speakers: {
    feeBand: true,
    jobTitle: true,
    languages: true,
    name: true,
    organization: true,
    photo: true,
    slug: true,
    topics: true,
  },
}

const byCount = <T extends { count: number; label?: string; name?: string }>(a: T, b: T) =>
  b.count - a.count || String(a.label ?? a.name).localeCompare(String(b.label ?? b.name))

const optionFacet = (
  req: PayloadRequest,
  options: Option[],
  counts: Map<string, number> | undefined,
) =>
  options
    .filter(({ value }) => (counts?.get(value) ?? 0) > 0)
    .map(({ label, value }) => ({
      count: counts?.get(value) ?? 0,
      label: localize(req, label),
      value,
    }))
    .sort(byCount)

const topicFacet = (topics: TopicNode[], counts: Map<string, number> | undefined) =>
  topics
    .filter(({ id }) => (counts?.get(id) ?? 0) > 0)
    .map(({ id, name, slug }) => ({ count: counts?.get(id) ?? 0, name, slug }))
    .sort(byCount)

const facetsAnswer = (
  req: PayloadRequest,
  collection: SearchableCollection,
  topics: TopicNode[],
  facets: SearchHits['facets'],
): Partial<Record<FacetName, unknown[]>> =>
  collection === 'speakers'
    ? {
        feeBands: optionFacet(req, feeBands, facets.feeBands),
        languages: optionFacet(req, speakingLanguages, facets.languages),
        topics: topicFacet(topics, facets.topics),
      }
    : { topics: topicFacet(topics, facets.topics) }

const speakerIdsOf = async (req: PayloadRequest, params: SearchParams): Promise<string[]> => {
  if (params.speakers.length === 0) return []
  const { docs } = await req.payload.find({
    collection: collectionNames.speakers,
    depth: 0,
    // No joins (a speaker's interviews, a topic's speakers): not needed here, a query each.
    joins: false,
    draft: false,
    overrideAccess: false,
    pagination: false,
    req,
    select: { slug: true },
    where: { slug: { in: params.speakers } },
  })
  return docs.map(({ id }) => String(id))
}

/** The result page's documents, in the engine's order, as the caller may read them. */
const cardsOf = async (req: PayloadRequest, collection: SearchableCollection, ids: string[]) => {
  if (ids.length === 0) return []
  const where: Where = {
    and: [{ id: { in: payloadIdsOf(req.payload, ids) } }, { _status: { equals: 'published' } }],
  }
  const { docs } = await req.payload.find({
    collection,
    depth: 1,
    draft: false,
    overrideAccess: false,
    pagination: false,
    req,
    select: CARD_FIELDS[collection],
    where,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.map((id) => byId.get(id)).filter(Boolean)
}

/**
 * `GET /api/<speakers|interviews>/search`: published documents matching `q` across scripts, with
 * filters, ranking and facets (see README, "Finding speakers").
 */
export const searchEndpoint = (collection: SearchableCollection): Endpoint => ({
  custom: { openapi: searchDocs(collection) },
  handler: async (req) => {
    const parsed = parseSearchParams(collection, req.searchParams)
    if ('problem' in parsed) {
      const message = localize(req, parsed.problem.message)
      throw new APIError(message, 400, [{ message, path: parsed.problem.path }], true)
    }
    const engine = searchEngineOf(req.payload)
    const { params } = parsed
    const [topics, speakerIds] = await Promise.all([loadTopics(req), speakerIdsOf(req, params)])
    const plan = await planSearch({ collection, engine, params, speakerIds, topics })
    const hits = await engine.search(plan)
    const totalPages = Math.ceil(hits.total / params.limit)
    return Response.json({
      docs: await cardsOf(req, collection, hits.docIds),
      facets: facetsAnswer(req, collection, topics, hits.facets),
      hasNextPage: params.page < totalPages,
      hasPrevPage: params.page > 1,
      limit: params.limit,
      page: params.page,
      totalDocs: hits.total,
      totalPages,
    })
  },
  method: 'get',
  path: '/search',
})
