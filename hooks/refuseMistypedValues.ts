import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  FlattenedField,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import { dayMessages } from '../collections/fields/dayField'
import { isDay, ISO_TIMESTAMP } from '../src/dates/day'
import { type Bilingual, localize } from '../src/i18n/localize'
import { idKindOfCollection, isPossibleId } from '../src/queries/idKind'

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

/** Whether a value could be the id of a document of `collection` (any id when it is unknown). */
const isIdIn = (collection: unknown, req: PayloadRequest) => (value: unknown) => {
  if (typeof value !== 'number' && typeof value !== 'string') return false
  const kind =
    typeof collection === 'string' ? idKindOfCollection(req.payload, collection) : undefined
  return kind === undefined || isPossibleId(value, kind)
}

/**
 * One document for a relationship: its id, `{ relationTo, value }` naming one of the field's
 * collections, or `{ id }` (a document as Payload reads it), each with an id that collection's
 * documents could have (a number on SQL adapters by default, an ObjectId on MongoDB): `"abc"`,
 * bare or wrapped, reached hooks that query by it, answered as a problem with their query.
 */
const isDocumentOf = (field: FlattenedField, req: PayloadRequest) => {
  const targets = 'relationTo' in field ? [field.relationTo].flat() : []
  const single = targets.length === 1 ? targets[0] : undefined
  return (value: unknown): boolean => {
    if (typeof value === 'number' || typeof value === 'string') return isIdIn(single, req)(value)
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    const ref = value as Record<string, unknown>
    if ('relationTo' in ref)
      return targets.includes(ref.relationTo as never) && isIdIn(ref.relationTo, req)(ref.value)
    return 'id' in ref && isIdIn(single, req)(ref.id)
  }
}

/** A timestamp as dates take it: ISO_TIMESTAMP, `T` and `Z` in either case. */
const ISO_DATE_TIME = new RegExp(ISO_TIMESTAMP.source, 'i')

/**
 * A date that exists, as ISO 8601 text (a day, or a timestamp whose day exists; the Local API may
 * also pass a Date): JavaScript reads `2027-02-30T00:00:00Z` as 2 March, `Feb 30 2027` likewise
 * and `T24:00` as the next day; SQLite then stored those, and PostgreSQL failed (a 500).
 */
const isExistingDate = (value: unknown): boolean => {
  if (value instanceof Date) return Number.isFinite(value.getTime())
  if (typeof value !== 'string') return false
  if (value === '') return true
  const text = value.trim()
  const day = isDay(text) ? text : ISO_DATE_TIME.exec(text)?.[1]
  return isDay(day) && Number.isFinite(new Date(text).getTime())
}

const matchesOf = (
  field: FlattenedField,
  req: PayloadRequest,
): Record<Kind, (value: unknown) => boolean> => {
  const isDocument = isDocumentOf(field, req)
  const isId = (value: unknown) => typeof value !== 'object' && isDocument(value)
  return {
    array: Array.isArray,
    boolean: (value) => typeof value === 'boolean',
    date: isExistingDate,
    // A day field's value as its own hook left it (`YYYY-MM-DD`, a timestamp cut to its day).
    day: (value) => typeof value === 'string' && (value === '' || isDay(value)),
    id: isDocument,
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
    en: 'Send a date that exists, as ISO 8601 text (e.g. 2030-05-20T09:30:00Z).',
    zh: '请以 ISO 8601 文本发送一个存在的日期（如 2030-05-20T09:30:00Z）。',
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
    if (field.type === 'group' && 'flattenedFields' in field)
      return mistyped(field.flattenedFields, value as Record<string, unknown>, req, `${path}.`)
    // A list's rows, each looked into (`items.0.speaker`).
    if (field.type === 'array' && 'flattenedFields' in field)
      return (value as unknown[]).flatMap((row, index) =>
        typeof row === 'object' && row !== null && !Array.isArray(row)
          ? mistyped(
              field.flattenedFields,
              row as Record<string, unknown>,
              req,
              `${path}.${index}.`,
            )
          : [{ message: localize(req, expected.object), path: `${path}.${index}` }],
      )
    return []
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
