import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  FlattenedField,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import { dayMessages } from '../collections/fields/dayField'
import { isDay } from '../src/dates/day'
import { type Bilingual, localize } from '../src/i18n/localize'
import { idKindOf, isPossibleId } from '../src/queries/idKind'

type Kind = 'array' | 'boolean' | 'date' | 'day' | 'id' | 'ids' | 'number' | 'object' | 'string'

const kindOf = (field: FlattenedField): Kind | undefined => {
  if (field.custom?.isDay) return 'day'
  switch (field.type) {
    case 'array':
      return 'array'
    case 'checkbox':
      return 'boolean'
    case 'date':
      return 'date'
    case 'email':
    case 'select':
    case 'text':
    case 'textarea':
      return 'hasMany' in field && field.hasMany ? 'array' : 'string'
    case 'group':
      return 'object'
    case 'number':
      return 'number'
    case 'relationship':
    case 'upload':
      return 'hasMany' in field && field.hasMany ? 'ids' : 'id'
    default:
      return undefined
  }
}

/** The id kind of a relationship's collection (one collection; a polymorphic one is left alone). */
const idKindOfTarget = (field: FlattenedField, req: PayloadRequest) => {
  const target = 'relationTo' in field ? field.relationTo : undefined
  if (typeof target !== 'string') return undefined
  const collection =
    req.payload.collections[target as keyof PayloadRequest['payload']['collections']]
  return collection
    ? idKindOf({ customIDType: collection.customIDType, db: req.payload.db })
    : undefined
}

/**
 * An id this relationship's documents could have (a number on SQL adapters by default, an ObjectId
 * on MongoDB): `"abc"` reached hooks that query by it, answered as a problem with their query.
 */
const isIdOf = (field: FlattenedField, req: PayloadRequest) => (value: unknown) => {
  if (typeof value !== 'number' && typeof value !== 'string') return false
  const kind = idKindOfTarget(field, req)
  return kind === undefined || isPossibleId(value, kind)
}

/**
 * A date that exists, as text (the Local API may also pass a Date): JavaScript reads
 * `2027-02-30T00:00:00Z` as 2 March, SQLite then stored that and PostgreSQL failed (a 500).
 */
const isExistingDate = (value: unknown): boolean => {
  if (value instanceof Date) return Number.isFinite(value.getTime())
  if (typeof value !== 'string') return false
  if (value === '') return true
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value)
  return Number.isFinite(new Date(value).getTime()) && (!day || isDay(day[1]))
}

const matchesOf = (
  field: FlattenedField,
  req: PayloadRequest,
): Record<Kind, (value: unknown) => boolean> => {
  const isId = isIdOf(field, req)
  return {
    array: Array.isArray,
    boolean: (value) => typeof value === 'boolean',
    date: isExistingDate,
    // A day field's value as its own hook left it (`YYYY-MM-DD`, a timestamp cut to its day).
    day: (value) => typeof value === 'string' && (value === '' || isDay(value)),
    // One document: its id, or (as Payload reads them) `{ id }` or `{ relationTo, value }`.
    id: (value) => isId(value) || (typeof value === 'object' && !Array.isArray(value)),
    ids: (value) => Array.isArray(value) && value.every(isId),
    number: (value) => typeof value === 'number' && Number.isFinite(value),
    object: (value) => typeof value === 'object' && !Array.isArray(value),
    string: (value) => typeof value === 'string',
  }
}

const expected: Record<Kind, Bilingual> = {
  array: { en: 'Send a list here.', zh: '此处请发送列表。' },
  boolean: { en: 'Send true or false here.', zh: '此处请发送 true 或 false。' },
  date: {
    en: 'Send a date that exists, as text (e.g. 2030-05-20T09:30:00Z).',
    zh: '请以文本发送一个存在的日期（如 2030-05-20T09:30:00Z）。',
  },
  day: dayMessages.notADay,
  id: { en: 'Send the id of one document here.', zh: '此处请发送一个文档的 ID。' },
  ids: { en: 'Send a list of document ids here.', zh: '此处请发送文档 ID 列表。' },
  number: { en: 'Send a number here.', zh: '此处请发送数字。' },
  object: { en: 'Send an object here.', zh: '此处请发送对象。' },
  string: { en: 'Send text here.', zh: '此处请发送文本。' },
}

type FieldError = {
  message: string
  path: string
  /** A group sent as null (refuseNullGroups refuses these before the operation). */
  isNullGroup?: boolean
}

/** The mistyped values among `fields`, a group's fields looked into (`travelsFrom.city`). */
const mistyped = (
  fields: FlattenedField[],
  data: Record<string, unknown>,
  req: PayloadRequest,
  prefix = '',
): FieldError[] =>
  fields.flatMap((field) => {
    const kind = kindOf(field)
    const value = data[field.name]
    const path = `${prefix}${field.name}`
    if (!kind || value === undefined) return []
    // A group or a list of rows is never null (Payload failed on it with a 500); a value may be.
    if (value === null && field.type !== 'group' && field.type !== 'array') return []
    if (value === null || !matchesOf(field, req)[kind](value))
      return [
        {
          message: localize(req, expected[kind]),
          path,
          ...(value === null && field.type === 'group' ? { isNullGroup: true } : {}),
        },
      ]
    return field.type === 'group' && 'flattenedFields' in field
      ? mistyped(field.flattenedFields, value as Record<string, unknown>, req, `${path}.`)
      : []
  })

/**
 * Refuses values of the wrong JSON type (an object for a select, a list for a job title, a list for
 * a single relationship) with a 400 naming the field, instead of letting them reach the database
 * adapter as a 500 or be stored as `[object Object]`. Runs first, before hooks that read the values
 * (the slug from the name). A `beforeValidate` hook: Payload's field hooks have read the admin's
 * form values by then (it sends a list of rows it did not touch as their number).
 */
export const refuseMistypedValues: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  if (!data) return data
  // Payload's flattenedFields: the document's top-level fields, rows and unnamed layouts looked through.
  const errors = mistyped(collection.flattenedFields, data as Record<string, unknown>, req).map(
    ({ message, path }) => ({ message, path }),
  )
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}

/** The operations that carry data to store. */
const WRITES = new Set(['create', 'update', 'updateByID'])

/**
 * Refuses a group sent as `null` (`travelsFrom: null`) with a 400 naming it, before the operation
 * starts: Payload's own field hooks, which run before any `beforeValidate` hook of ours, fail on it
 * with a 500.
 */
export const refuseNullGroups: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  const data = (args as { data?: unknown }).data
  if (!WRITES.has(operation) || !data || typeof data !== 'object') return args
  const errors = mistyped(collection.flattenedFields, data as Record<string, unknown>, req)
    .filter(({ isNullGroup }) => isNullGroup)
    .map(({ message, path }) => ({ message, path }))
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return args
}
