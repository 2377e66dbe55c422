import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  FlattenedField,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import { type Bilingual, localize } from '../src/i18n/localize'

type Kind = 'array' | 'boolean' | 'date' | 'id' | 'ids' | 'number' | 'object' | 'string'

const kindOf = (field: FlattenedField): Kind | undefined => {
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

const isId = (value: unknown) => typeof value === 'number' || typeof value === 'string'

const matches: Record<Kind, (value: unknown) => boolean> = {
  array: Array.isArray,
  boolean: (value) => typeof value === 'boolean',
  // Text over HTTP; the Local API may also pass a Date, as Payload's date fields accept.
  date: (value) => typeof value === 'string' || value instanceof Date,
  // One document: its id, or (as Payload reads them) `{ id }` or `{ relationTo, value }`.
  id: (value) => isId(value) || (typeof value === 'object' && !Array.isArray(value)),
  ids: (value) => Array.isArray(value) && value.every(isId),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  object: (value) => typeof value === 'object' && !Array.isArray(value),
  string: (value) => typeof value === 'string',
}

const expected: Record<Kind, Bilingual> = {
  array: { en: 'Send a list here.', zh: '此处请发送列表。' },
  boolean: { en: 'Send true or false here.', zh: '此处请发送 true 或 false。' },
  date: { en: 'Send a date as text here.', zh: '此处请以文本发送日期。' },
  id: { en: 'Send one id here.', zh: '此处请发送一个 ID。' },
  ids: { en: 'Send a list of ids here.', zh: '此处请发送 ID 列表。' },
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
    if (value === null || !matches[kind](value))
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
