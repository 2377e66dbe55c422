import type { SanitizedCollectionConfig } from 'payload'

import { fieldsSchema } from './fieldsSchema'
import { readableFields } from './publicFields'
import { type Schema, SCHEMAS, type SchemaContext } from './schemaContext'
import { schemaName } from './schemaName'

const INSTANT: Schema = { format: 'date-time', type: 'string' }
const PAGE: Schema = { minimum: 1, type: 'integer' }
/** 0 when nothing matched. */
const COUNT: Schema = { minimum: 0, type: 'integer' }

/**
 * One collection's document as anyone may read it (the content team's fields left out), the view a
 * populated relation holds (its `defaultPopulate` fields and id), a page of them, and the fields
 * `select` may name.
 */
export const documentSchemas = (
  collection: SanitizedCollectionConfig,
  ctx: SchemaContext,
): Record<string, Schema> => {
  const name = schemaName(collection)
  const fields = readableFields(collection.flattenedFields)
  const { properties, required } = fieldsSchema(fields, ctx)
  const documentProperties: Record<string, Schema> = {
    id: ctx.id,
    ...properties,
    createdAt: INSTANT,
    updatedAt: INSTANT,
  }
  const documentRequired = ['id', ...required, 'createdAt', 'updatedAt']
  const document: Schema = {
    additionalProperties: false,
    properties: documentProperties,
    required: documentRequired,
    title: name,
    type: 'object',
  }
  const populatedFields = collection.defaultPopulate
    ? ['id', ...Object.keys(collection.defaultPopulate)].filter(
        (field) => field in properties || field === 'id',
      )
    : []
  return {
    [name]: document,
    ...(collection.defaultPopulate
      ? {
          [`${name}Populated`]: {
            additionalProperties: false,
            description: `${name} as a relation holds it when populated (depth ≥ 1).`,
            properties: Object.fromEntries(
              populatedFields.map((field) => [field, documentProperties[field]]),
            ),
            required: documentRequired.filter((field) => populatedFields.includes(field)),
            title: `${name} (populated)`,
            type: 'object',
          },
        }
      : {}),
    [`${name}List`]: {
      additionalProperties: false,
      properties: {
        docs: { items: { $ref: `${SCHEMAS}${name}` }, type: 'array' },
        hasNextPage: { type: 'boolean' },
        hasPrevPage: { type: 'boolean' },
        limit: { minimum: 0, type: 'integer' },
        nextPage: { oneOf: [PAGE, { type: 'null' }] },
        page: PAGE,
        pagingCounter: COUNT,
        prevPage: { oneOf: [PAGE, { type: 'null' }] },
        totalDocs: COUNT,
        totalPages: COUNT,
      },
      required: [
        'docs',
        'hasNextPage',
        'hasPrevPage',
        'limit',
        'nextPage',
        'page',
        'pagingCounter',
        'prevPage',
        'totalDocs',
        'totalPages',
      ],
      title: `A page of ${name}`,
      type: 'object',
    },
    [`${name}Select`]: {
      additionalProperties: false,
      description:
        'The fields to answer with, each `true` (e.g. `select[name]=true&select[slug]=true`); `id` always comes. Fields left out are missing from the answer even where its schema requires them.',
      properties: Object.fromEntries(
        Object.keys(documentProperties)
          .filter((field) => field !== 'id')
          .map((field) => [field, { type: 'boolean' }]),
      ),
      title: `Fields of ${name}`,
      type: 'object',
    },
  }
}
