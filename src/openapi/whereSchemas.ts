import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import { readableFields } from './publicFields'
import { publishedCollection, type Schema, SCHEMAS, type SchemaContext } from './schemaContext'
import { schemaName } from './schemaName'

const ref = (name: string): Schema => ({ $ref: `${SCHEMAS}${name}` }) as Schema

/** The operators of one kind of value, as `where[<path>][<operator>]=<value>` takes them. */
const operators = (
  value: Schema,
  { isOrdered = false, isText = false }: { isOrdered?: boolean; isText?: boolean } = {},
): Schema => ({
  additionalProperties: false,
  properties: {
    equals: value,
    exists: { type: 'boolean' },
    in: { items: value, type: 'array' },
    not_equals: value,
    not_in: { items: value, type: 'array' },
    ...(isOrdered
      ? {
          greater_than: value,
          greater_than_equal: value,
          less_than: value,
          less_than_equal: value,
        }
      : {}),
    ...(isText ? { contains: value, like: value, not_like: value } : {}),
  },
  type: 'object',
})

/** Shared operator schemas, by component name. */
export const filterSchemas = (ctx: SchemaContext): Record<string, Schema> => ({
  BooleanFilter: operators({ type: 'boolean' }),
  DateTimeFilter: operators({ format: 'date-time', type: 'string' }, { isOrdered: true }),
  DayFilter: operators(
    { description: 'A day, YYYY-MM-DD', format: 'date', type: 'string' },
    { isOrdered: true },
  ),
  IdFilter: operators(ctx.id),
  NumberFilter: operators({ type: 'number' }, { isOrdered: true }),
  TextFilter: operators({ type: 'string' }, { isOrdered: true, isText: true }),
})

const enumFilter = (options: FlattenedField & { type: 'radio' | 'select' }): Schema =>
  operators({
    enum: options.options.map((option) => (typeof option === 'string' ? option : option.value)),
    type: 'string',
  })

/** Filterable paths of these fields (dotted inside groups and arrays), each with its operators. */
const filterablePaths = (
  fields: FlattenedField[],
  ctx: SchemaContext,
  prefix = '',
): [string, Schema][] =>
  fields.flatMap((field): [string, Schema][] => {
    const path = `${prefix}${field.name}`
    switch (field.type) {
      case 'array':
      case 'group':
        return filterablePaths(field.flattenedFields, ctx, `${path}.`)
      case 'checkbox':
        return [[path, ref('BooleanFilter')]]
      case 'code':
      case 'email':
      case 'textarea':
        return [[path, ref('TextFilter')]]
      case 'date':
        return [[path, ref('DateTimeFilter')]]
      case 'number':
        return [[path, ref('NumberFilter')]]
      case 'radio':
      case 'select':
        return [[path, enumFilter(field)]]
      case 'relationship':
      case 'upload': {
        if (typeof field.relationTo !== 'string') return []
        const target = publishedCollection(ctx, field.relationTo)
        if (!target) return []
        // A related document's slug, e.g. `where[topics.slug][equals]=internet-experts`.
        const hasSlug = target.flattenedFields.some(({ name }) => name === 'slug')
        return [
          [path, ref('IdFilter')],
          ...(hasSlug ? ([[`${path}.slug`, ref('TextFilter')]] as [string, Schema][]) : []),
        ]
      }
      case 'text':
        return [[path, ref(field.custom?.isDay ? 'DayFilter' : 'TextFilter')]]
      default:
        // Rich text, joins, blocks, JSON and points are not filtered through the public API.
        return []
    }
  })

/**
 * `<Name>Where`: the `where` of a list of this collection. Each filterable path with its operators,
 * and `and` / `or` lists of further conditions. A closed object of named properties: generators
 * make it a type (an open `object` in an `allOf` became `Record<string, never>`), and the content
 * team's fields, which anyone else is refused to filter on, are left out.
 */
export const whereSchema = (
  collection: SanitizedCollectionConfig,
  ctx: SchemaContext,
): Record<string, Schema> => {
  const name = `${schemaName(collection)}Where`
  const conditions: Schema = { items: ref(name), type: 'array' }
  return {
    [name]: {
      additionalProperties: false,
      description:
        'Conditions on fields, all of which must hold; `and` and `or` combine further conditions. Sent as `where[<path>][<operator>]=<value>` (e.g. `where[topics.slug][equals]=internet-experts`, lists as `where[slug][in][0]=a&where[slug][in][1]=b`).',
      properties: {
        id: ref('IdFilter'),
        ...Object.fromEntries(filterablePaths(readableFields(collection.flattenedFields), ctx)),
        and: conditions,
        or: conditions,
      },
      title: `Conditions on ${schemaName(collection)}`,
      type: 'object',
    },
  }
}
