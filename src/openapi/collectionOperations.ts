import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import { readableFields } from './publicFields'
import { type Schema, SCHEMAS, type SchemaContext } from './schemaContext'
import { pluralLabel, pluralName, schemaName, withArticle } from './schemaName'

type Operation = Schema
type Parameter = Schema

const SORTABLE = new Set([
  'checkbox',
  'date',
  'email',
  'number',
  'radio',
  'select',
  'text',
  'textarea',
])

/** `sort`: one field, `-` first for descending. */
const sortOptions = (fields: FlattenedField[]): string[] =>
  [
    'id',
    ...fields
      .filter((field) => SORTABLE.has(field.type) && !('hasMany' in field && field.hasMany))
      .map(({ name }) => name),
  ].flatMap((name) => [name, `-${name}`])

const parameter = (name: string): Schema => ({
  $ref: `#/components/parameters/${name}`,
})

/** Anyone may call it; a bearer token (from `/api/users/login`) only adds what that person may see. */
export const ANYONE_OR_TOKEN: { [scheme: string]: string[] }[] = [{}, { bearerAuth: [] }]

/** Parameters and headers list and by-id reads share, by component name. */
export const sharedParameters = ({
  maxDepth,
  maxLimit,
}: {
  maxDepth: number
  maxLimit: number
}): Record<string, Parameter> => ({
  depth: {
    description: `How deep relations come populated: 0 ids only, 1 (the default) the related documents' main fields. Above ${maxDepth} counts as ${maxDepth}.`,
    in: 'query',
    name: 'depth',
    schema: { minimum: 0, type: 'integer' },
  },
  draft: {
    description:
      'The newest draft instead of the published version: for the content team (with a token); anyone else gets the published version.',
    in: 'query',
    name: 'draft',
    schema: { type: 'boolean' },
  },
  ifNoneMatch: {
    description: 'The `ETag` of the copy you have: `304` if it is still current.',
    in: 'header',
    name: 'If-None-Match',
    schema: { type: 'string' },
  },
  limit: {
    description: `Documents per page (default 10, at most ${maxLimit}; 0: ${maxLimit}).`,
    in: 'query',
    name: 'limit',
    schema: { maximum: maxLimit, minimum: 0, type: 'integer' },
  },
  page: {
    description: 'The page to answer, from 1.',
    in: 'query',
    name: 'page',
    schema: { minimum: 1, type: 'integer' },
  },
  pagination: {
    description: `false: every match in one answer (at most ${maxLimit}; the answer says \`hasNextPage\`).`,
    in: 'query',
    name: 'pagination',
    schema: { type: 'boolean' },
  },
})

export const sharedHeaders: Record<string, Schema> = {
  CacheControl: {
    description:
      'Public reads: `public, max-age=60, stale-while-revalidate=600`; anything with credentials or drafts: `private, no-store`.',
    schema: { type: 'string' },
  },
  ETag: { description: 'Send it back as `If-None-Match`.', schema: { type: 'string' } },
}

/** A 200 with a JSON body, and the caching headers public reads carry. */
export const cachedJson = (description: string, schema: Schema): Schema => ({
  content: { 'application/json': { schema } },
  description,
  headers: {
    'Cache-Control': { $ref: '#/components/headers/CacheControl' },
    ETag: { $ref: '#/components/headers/ETag' },
  },
})

/** A shared response, by component name (errorResponses.ts). */
export const response = (name: string): Schema => ({
  $ref: `#/components/responses/${name}`,
})

/** A `select` or `where` object, sent as `name[key][…]=value` (qs style, like Payload's own client). */
const deepObject = (name: string, schema: string, description: string): Parameter => ({
  description,
  // Swagger UI's Try it out starts from the example: without one it fills in a sample of the schema
  // ("string" for every field), which the API rightly refuses with 400.
  example: {},
  explode: true,
  in: 'query',
  name,
  schema: { $ref: `${SCHEMAS}${schema}` },
  style: 'deepObject',
})

/** `GET /api/<slug>` and `GET /api/<slug>/{id}` of one collection. */
export const collectionOperations = (
  collection: SanitizedCollectionConfig,
  ctx: SchemaContext,
): Record<string, Schema> => {
  const name = schemaName(collection)
  const plural = pluralName(collection)
  const tags = [pluralLabel(collection)]
  const select = deepObject('select', `${name}Select`, 'Answer with these fields only.')
  const hasDrafts = Boolean(
    collection.versions && typeof collection.versions === 'object' && collection.versions.drafts,
  )
  const list: Operation = {
    description: `${hasDrafts ? 'Published' : 'All'} ${tags[0].toLowerCase()}, a page at a time.`,
    operationId: `list${plural}`,
    parameters: [
      deepObject('where', `${name}Where`, 'Only the documents these conditions hold for.'),
      {
        description: 'The field to order by; `-` first for descending.',
        in: 'query',
        name: 'sort',
        schema: { enum: sortOptions(readableFields(collection.flattenedFields)), type: 'string' },
      },
      parameter('limit'),
      parameter('page'),
      parameter('pagination'),
      parameter('depth'),
      select,
      ...(hasDrafts ? [parameter('draft')] : []),
      parameter('ifNoneMatch'),
    ],
    responses: {
      200: cachedJson('A page of documents', { $ref: `${SCHEMAS}${name}List` }),
      304: response('NotModified'),
      400: response('BadRequest'),
    },
    security: ANYONE_OR_TOKEN,
    summary: `List ${tags[0].toLowerCase()}`,
    tags,
  }
  const byId: Operation = {
    operationId: `find${name}ById`,
    parameters: [
      { in: 'path', name: 'id', required: true, schema: ctx.id },
      parameter('depth'),
      select,
      ...(hasDrafts ? [parameter('draft')] : []),
      parameter('ifNoneMatch'),
    ],
    responses: {
      200: cachedJson(`The ${name.toLowerCase()}`, { $ref: `${SCHEMAS}${name}` }),
      304: response('NotModified'),
      400: response('BadRequest'),
      404: response('NotFound'),
    },
    security: ANYONE_OR_TOKEN,
    summary: `Find ${withArticle(name.toLowerCase())} by id`,
    tags,
  }
  const base = `${ctx.payload.config.routes.api}/${collection.slug}`
  return { [base]: { get: list }, [`${base}/{id}`]: { get: byId } }
}
