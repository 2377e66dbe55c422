import type { CollectionBeforeValidateHook, FlattenedField } from 'payload'

import { ValidationError } from 'payload'

type Kind = 'array' | 'boolean' | 'ids' | 'number' | 'object' | 'string'

const kindOf = (field: FlattenedField): Kind | undefined => {
  switch (field.type) {
    case 'array':
      return 'array'
    case 'checkbox':
      return 'boolean'
    case 'date':
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
      return 'hasMany' in field && field.hasMany ? 'ids' : undefined
    default:
      return undefined
  }
}

const isId = (value: unknown) => typeof value === 'number' || typeof value === 'string'

const matches: Record<Kind, (value: unknown) => boolean> = {
  array: Array.isArray,
  boolean: (value) => typeof value === 'boolean',
  ids: (value) => Array.isArray(value) && value.every(isId),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  object: (value) => typeof value === 'object' && !Array.isArray(value),
  string: (value) => typeof value === 'string',
}

const expected: Record<Kind, string> = {
  array: 'a list',
  boolean: 'true or false',
  ids: 'a list of ids',
  number: 'a number',
  object: 'an object',
  string: 'text',
}

/**
 * Refuses values of the wrong JSON type (an object for a select, a list for a message) with a 400
 * naming the field, instead of letting them reach the database adapter as a 500. For collections the
 * public writes to.
 */
export const refuseMistypedValues: CollectionBeforeValidateHook = ({ collection, data }) => {
  if (!data) return data
  // Payload's flattenedFields: the document's top-level fields, rows and unnamed layouts looked through.
  const errors = collection.flattenedFields.flatMap((field) => {
    const kind = kindOf(field)
    const value = (data as Record<string, unknown>)[field.name]
    if (!kind || value === undefined || value === null || matches[kind](value)) return []
    return [{ message: `Send ${expected[kind]} here.`, path: field.name }]
  })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
