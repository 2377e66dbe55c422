import type { Schema } from '../openapi/schemaContext'
import type { SearchableCollection } from './engine/types'

import { ANYONE_OR_TOKEN, cachedJson, response } from '../openapi/collectionOperations'
import { SCHEMAS } from '../openapi/schemaContext'
import { feeBands, speakingLanguages } from '../vocabulary/options'
import { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from './parseSearchParams'
import { MAX_QUERY_LENGTH } from './searchTerms'

const query = (name: string, description: string, schema: Schema): Schema => ({
  description,
  in: 'query',
  name,
  schema,
})

const repeatable = (name: string, description: string, items: Schema = { type: 'string' }) => ({
  ...query(name, `${description} Repeat it (or separate values by commas) for either value.`, {
    items,
    type: 'array',
  }),
  explode: true,
  style: 'form',
})

const text = { type: ['string', 'null'] }
/** A relation as depth 1 gives it: the related document's main fields (or its id). */
const related = (name: string): Schema => ({
  oneOf: [{ $ref: `${SCHEMAS}${name}Populated` }, { type: ['integer', 'string'] }],
})

const cards: Record<SearchableCollection, Schema> = {
  interviews: {
    properties: {
      excerpt: text,
      id: { type: ['integer', 'string'] },
      publishedAt: text,
      slug: { type: 'string' },
      speakers: { items: related('Speaker'), type: 'array' },
      title: { type: 'string' },
      topics: { items: related('Topic'), type: 'array' },
    },
    required: ['id', 'title', 'slug'],
    type: 'object',
  },
  speakers: {
    properties: {
      feeBand: { enum: [...feeBands.map(({ value }) => value), null] },
      id: { type: ['integer', 'string'] },
      jobTitle: text,
      languages: { items: { enum: speakingLanguages.map(({ value }) => value) }, type: 'array' },
      name: { type: 'string' },
      organization: text,
      photo: {
        oneOf: [{ $ref: `${SCHEMAS}MediaPopulated` }, { type: ['integer', 'string', 'null'] }],
      },
      slug: { type: 'string' },
      topics: { items: related('Topic'), type: 'array' },
    },
    required: ['id', 'name', 'slug'],
    type: 'object',
  },
}

const counted = (properties: Record<string, Schema>): Schema => ({
  items: {
    properties: { ...properties, count: { minimum: 1, type: 'integer' } },
    required: [...Object.keys(properties), 'count'],
    type: 'object',
  },
  type: 'array',
})

const topicFacet = counted({ name: { type: 'string' }, slug: { type: 'string' } })
const optionFacet = counted({ label: { type: 'string' }, value: { type: 'string' } })

const facets: Record<SearchableCollection, Schema> = {
  interviews: { properties: { topics: topicFacet }, required: ['topics'], type: 'object' },
  speakers: {
    properties: { feeBands: optionFacet, languages: optionFacet, topics: topicFacet },
    required: ['topics', 'languages', 'feeBands'],
    type: 'object',
  },
}

const filters: Record<SearchableCollection, Schema[]> = {
  interviews: [
    repeatable('topic', 'A topic slug; its subtopics count too.'),
    repeatable('speaker', "A speaker's slug."),
  ],
  speakers: [
    repeatable('topic', 'A topic slug; its subtopics count too.'),
    repeatable('language', 'A speaking language.', {
      enum: speakingLanguages.map(({ value }) => value),
      type: 'string',
    }),
    repeatable('feeBand', 'A fee band.', {
      enum: feeBands.map(({ value }) => value),
      type: 'string',
    }),
    query('featured', 'Featured speakers only (true), or the others (false).', { type: 'boolean' }),
    query('country', 'The country a speaker travels from, in any letter case.', {
      maxLength: 80,
      type: 'string',
    }),
  ],
}

const descriptions: Record<SearchableCollection, string> = {
  interviews:
    "`q` matches the title, excerpt, text and the speakers' names, in any script and in Latin letters (pinyin, Revised Romanization, …), as prefixes, and with one typo in words of five letters or more. Ranked: the exact title, titles starting with the query, then newest first.",
  speakers:
    "`q` matches the name in its own script and in Latin letters (pinyin with or without spaces, Revised Romanization, …), job title, organisation, short bio, topics and home town; case and accents do not matter, a word's beginning is enough, and words of five letters or more may have one typo. Ranked: the exact name, names starting with the query, all words in the name, then the rest (featured first, then A–Z). Filters combine with AND; each facet counts with every filter but its own.",
}

/** `GET /api/<collection>/search` (src/search/searchEndpoint.ts). */
export const searchDocs = (collection: SearchableCollection): Schema => {
  const name = collection === 'speakers' ? 'Speakers' : 'Interviews'
  return {
    description: `Published ${collection} only. ${descriptions[collection]}`,
    operationId: `search${name}`,
    parameters: [
      query('q', 'Words to find.', { maxLength: MAX_QUERY_LENGTH, type: 'string' }),
      ...filters[collection],
      query('page', 'The result page, from 1.', { default: 1, minimum: 1, type: 'integer' }),
      query('limit', 'Results per page.', {
        default: DEFAULT_SEARCH_LIMIT,
        maximum: MAX_SEARCH_LIMIT,
        minimum: 1,
        type: 'integer',
      }),
      { $ref: '#/components/parameters/ifNoneMatch' },
    ],
    responses: {
      200: cachedJson(`Matching ${collection}, best first, with facets`, {
        properties: {
          docs: { items: cards[collection], type: 'array' },
          facets: facets[collection],
          hasNextPage: { type: 'boolean' },
          hasPrevPage: { type: 'boolean' },
          limit: { type: 'integer' },
          page: { type: 'integer' },
          totalDocs: { type: 'integer' },
          totalPages: { type: 'integer' },
        },
        required: ['docs', 'totalDocs', 'page', 'totalPages', 'hasNextPage', 'facets'],
        type: 'object',
      }),
      304: response('NotModified'),
      400: response('BadRequest'),
    },
    security: ANYONE_OR_TOKEN,
    summary: `Search ${collection}`,
  }
}
