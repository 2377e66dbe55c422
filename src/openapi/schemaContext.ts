import type { I18n } from '@payloadcms/translations'
import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import { getCollectionIDFieldTypes } from 'payload'

import { schemaName } from './schemaName'

/**
 * A JSON Schema / OpenAPI object. Loosely typed: openapi-types' 3.1 types mix in 3.0 ones and refuse
 * `$ref` beside schemas; the whole document is checked by a validator in the tests instead.
 */
export type Schema = { [key: string]: unknown }

/** What every part of the document needs to know about this Payload. */
export type SchemaContext = {
  /** Every collection's id type, as Payload's JSON schema generator takes it. */
  collectionIdTypes: Record<string, 'number' | 'string'>
  i18n: I18n
  /** The id of a document: an integer on the SQL adapters, an ObjectId string on MongoDB. */
  id: Schema
  /** Named schemas Payload's generator sets aside (`interfaceName`): become components. */
  interfaces: Map<string, object>
  payload: Payload
  /** The collections in the document. */
  published: SanitizedCollectionConfig[]
}

export const SCHEMAS = '#/components/schemas/'

export const schemaContext = ({
  i18n,
  payload,
  published,
}: Pick<SchemaContext, 'i18n' | 'payload'> & { published: string[] }): SchemaContext => {
  const isNumber = payload.db.defaultIDType === 'number'
  return {
    collectionIdTypes: getCollectionIDFieldTypes({
      config: payload.config,
      defaultIDType: payload.db.defaultIDType,
    }),
    i18n,
    id: isNumber
      ? { minimum: 1, type: 'integer' }
      : { description: 'A MongoDB ObjectId', pattern: '^[0-9a-f]{24}$', type: 'string' },
    interfaces: new Map(),
    payload,
    published: published.map((slug) => payload.collections[slug as CollectionSlug].config),
  }
}

/** The collection a slug names, if the document has it. */
export const publishedCollection = (
  ctx: SchemaContext,
  slug: string,
): SanitizedCollectionConfig | undefined =>
  ctx.published.find((collection) => collection.slug === slug)

/** The component a populated relation to this collection holds (its `defaultPopulate` view). */
export const populatedRef = (collection: SanitizedCollectionConfig): string =>
  `${SCHEMAS}${schemaName(collection)}${collection.defaultPopulate ? 'Populated' : ''}`
