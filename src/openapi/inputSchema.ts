import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

import { fieldsSchema } from './fieldsSchema'
import { creatableFields } from './publicFields'
import type { Schema, SchemaContext } from './schemaContext'
import { schemaName } from './schemaName'

/** What a field's config says about its values beyond their type: lengths, counts, bounds, default. */
const constraintsOf = (field: FlattenedField, ctx: SchemaContext): Schema => {
  switch (field.type) {
    case 'number':
      return {
        ...(typeof field.min === 'number' ? { minimum: field.min } : {}),
        ...(typeof field.max === 'number' ? { maximum: field.max } : {}),
      }
    case 'relationship':
    case 'upload': {
      // A request names related documents by id (an answer may hold them populated).
      const isRequired = Boolean(field.required)
      if (!('hasMany' in field && field.hasMany))
        return isRequired ? ctx.id : { oneOf: [ctx.id, { type: 'null' }] }
      return {
        items: ctx.id,
        type: isRequired ? 'array' : ['array', 'null'],
        ...(typeof field.maxRows === 'number' ? { maxItems: field.maxRows } : {}),
        ...(typeof field.minRows === 'number' ? { minItems: field.minRows } : {}),
        uniqueItems: true,
      } as Schema
    }
    case 'text':
    case 'textarea':
      return {
        ...(typeof field.maxLength === 'number' ? { maxLength: field.maxLength } : {}),
        ...(typeof field.minLength === 'number' ? { minLength: field.minLength } : {}),
      }
    default:
      return {}
  }
}

/**
 * A field's own words for the document (`custom.openapi`), e.g. `{ const: true }` for a consent, or
 * a `description` for API clients where the admin's is written for staff.
 */
const ownSchemaOf = (field: FlattenedField): Schema => {
  const own = (field as { custom?: { openapi?: unknown } }).custom?.openapi
  return own && typeof own === 'object' ? (own as Schema) : {}
}

/** `<Name>Input`: the body that creates a document, with only the fields anyone may send. */
export const inputSchema = (
  collection: SanitizedCollectionConfig,
  ctx: SchemaContext,
): Record<string, Schema> => {
  const fields = creatableFields(collection.flattenedFields)
  const { properties } = fieldsSchema(fields, ctx)
  // Required to send: what the config requires (a field with a default is filled in when left out).
  const required = fields
    .filter((field) => 'required' in field && field.required)
    .map(({ name }) => name)
  for (const field of fields) {
    const constraints = constraintsOf(field, ctx)
    const own = ownSchemaOf(field)
    const isReplaced = field.type === 'relationship' || field.type === 'upload'
    // Said in words: openapi-typescript makes a property with a JSON Schema `default` required.
    // (A `const` has none worth saying: Payload gives a required checkbox the default false.)
    const defaultValue =
      'defaultValue' in field &&
      typeof field.defaultValue !== 'function' &&
      field.defaultValue !== undefined &&
      !('const' in own)
        ? `Default: ${JSON.stringify(field.defaultValue)}.`
        : undefined
    const given = own.description ?? properties[field.name].description
    const description = [given, defaultValue].filter(Boolean).join(' ')
    properties[field.name] = {
      ...(isReplaced ? {} : properties[field.name]),
      ...constraints,
      ...own,
      ...(description ? { description } : {}),
    }
  }
  return {
    [`${schemaName(collection)}Input`]: {
      additionalProperties: false,
      properties,
      required,
      title: `A new ${schemaName(collection)}`,
      type: 'object',
    },
  }
}
