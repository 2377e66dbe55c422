import type { FlattenedField } from 'payload'

import type { IdKind } from './idKind'

/** What a `where` path points at, as far as checking its values goes. */
export type QueryTarget =
  | { hasMany: boolean; kind: 'checkbox' | 'date' | 'day' | 'number' | 'other' | 'point' }
  /** A path through a second relationship (`speakers.photo.alt`): Payload's SQL adapters fail on it. */
  | { hasMany: false; kind: 'twoRelationshipsDeep' }
  | { hasMany: boolean; kind: 'id'; idKind: IdKind }
  | { hasMany: boolean; kind: 'select'; options: string[] }

export type Schema = {
  /** A collection's fields (Payload's flattenedFields) and its id kind; undefined for unknown slugs. */
  collection: (slug: string) => { fields: FlattenedField[]; idKind: IdKind } | undefined
  /** Whether the database adapter runs `all` (MongoDB's does; Payload's SQL adapters have none). */
  hasAllOperator: boolean
  /** Whether it follows a path through two relationships (MongoDB's does; the SQL ones fail). */
  followsTwoRelationships: boolean
}

const optionValues = (options: unknown[]): string[] =>
  options.map((option) =>
    typeof option === 'object' && option !== null
      ? String((option as { value: unknown }).value)
      : String(option),
  )

const describe = (field: FlattenedField, schema: Schema): QueryTarget | undefined => {
  const hasMany = 'hasMany' in field && Boolean(field.hasMany)
  // A day-only field (collections/fields/dayField.ts): text holding `YYYY-MM-DD`.
  if (field.custom?.isDay === true) return { hasMany, kind: 'day' }
  switch (field.type) {
    case 'checkbox':
    case 'date':
    case 'number':
    case 'point':
      return { hasMany, kind: field.type }
    case 'select':
      return { hasMany, kind: 'select', options: optionValues(field.options) }
    case 'relationship':
    case 'upload': {
      if (typeof field.relationTo !== 'string') return undefined // polymorphic: { relationTo, value }
      const target = schema.collection(field.relationTo)
      return target ? { hasMany, idKind: target.idKind, kind: 'id' } : undefined
    }
    case 'join': {
      // Queried by the joined documents' ids (`where[interviews][in]=…`).
      const joined = typeof field.collection === 'string' && schema.collection(field.collection)
      return joined ? { hasMany: true, idKind: joined.idKind, kind: 'id' } : undefined
    }
    case 'json':
    case 'richText':
      return undefined // objects are fair values here
    default:
      return { hasMany, kind: 'other' }
  }
}

/**
 * The field a dotted `where` path reaches in a collection: through groups, arrays, blocks and
 * (single-collection) relationships, `id` of a collection or related one, and for version queries
 * `parent` and `version.*`. Undefined for paths it cannot follow; Payload judges those itself.
 */
export const resolveQueryPath = (
  path: string,
  slug: string,
  schema: Schema,
): QueryTarget | undefined => {
  let collection = schema.collection(slug)
  if (!collection) return undefined
  let fields = collection.fields
  let relationships = 0
  const segments = path.split('.')
  for (const [i, segment] of segments.entries()) {
    const isLast = i === segments.length - 1
    const field = fields.find(({ name }) => name === segment)
    if (!field) {
      if (isLast && segment === 'id' && collection)
        return { hasMany: false, idKind: collection.idKind, kind: 'id' }
      // A version document: `parent` is the document's id, `version.*` its fields.
      if (i === 0 && isLast && segment === 'parent' && collection)
        return { hasMany: false, idKind: collection.idKind, kind: 'id' }
      if (i === 0 && segment === 'version' && !isLast) continue
      return undefined
    }
    if (isLast) return describe(field, schema)
    if (
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string'
    ) {
      if (++relationships > 1 && !schema.followsTwoRelationships)
        return { hasMany: false, kind: 'twoRelationshipsDeep' }
      collection = schema.collection(field.relationTo)
      if (!collection) return undefined
      fields = collection.fields
    } else if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      collection = undefined
      fields = field.flattenedFields
    } else return undefined
  }
  return undefined
}
