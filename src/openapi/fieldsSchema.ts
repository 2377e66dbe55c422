import type { FlattenedField } from 'payload'

import { fieldsToJSONSchema } from 'payload'

import {
  populatedRef,
  publishedCollection,
  type Schema,
  SCHEMAS,
  type SchemaContext,
} from './schemaContext'

const DEFINITIONS = '#/definitions/'

/**
 * Payload's generator points relations at `#/definitions/<slug>` and named interfaces at
 * `#/definitions/<name>`: here they point at this document's components, a relation at the
 * populated view of its collection. Payload's TypeScript-only `tsType` hints go.
 */
const toComponents = (value: unknown, ctx: SchemaContext): unknown =>
  JSON.parse(JSON.stringify(value), (key, node) => {
    if (key === 'tsType') return undefined
    // An optional select is `type: [string, null]` with options that leave out null: the answer's null.
    if (
      Array.isArray(node?.enum) &&
      Array.isArray(node.type) &&
      node.type.includes('null') &&
      !node.enum.includes(null)
    )
      return { ...node, enum: [...node.enum, null] }
    if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node
    if (!node.$ref.startsWith(DEFINITIONS)) return node
    const name = node.$ref.slice(DEFINITIONS.length)
    const collection = publishedCollection(ctx, name)
    if (collection) return { $ref: populatedRef(collection) }
    if (ctx.interfaces.has(name)) return { $ref: `${SCHEMAS}${name}` }
    throw new Error(`OpenAPI: a public field points at ${name}, which the document does not have`)
  })

/** Formats Payload's generator leaves out: instants, e-mail addresses; day fields bring their own. */
const withFormats = (fields: FlattenedField[], properties: Record<string, Schema>): void => {
  for (const field of fields) {
    const schema = properties[field.name]
    if (!schema) continue
    if (field.type === 'date') schema.format = 'date-time'
    if (field.type === 'email') schema.format = 'email'
    if ((field.type === 'group' || field.type === 'tab') && schema.properties)
      withFormats(field.flattenedFields, schema.properties as Record<string, Schema>)
    const items = schema.items as Schema | undefined
    if (field.type === 'array' && items?.properties)
      withFormats(field.flattenedFields, items.properties as Record<string, Schema>)
  }
}

/** The JSON schema of these fields' values as the API answers them (Payload's own generator). */
export const fieldsSchema = (
  fields: FlattenedField[],
  ctx: SchemaContext,
): { properties: Record<string, Schema>; required: string[] } => {
  const interfaces = new Map()
  const { properties, required } = fieldsToJSONSchema(
    ctx.collectionIdTypes,
    fields,
    interfaces,
    ctx.payload.config,
    ctx.i18n,
  )
  for (const [name, schema] of interfaces) ctx.interfaces.set(name, schema)
  const converted = toComponents(properties, ctx) as Record<string, Schema>
  withFormats(fields, converted)
  for (const [name, schema] of interfaces)
    ctx.interfaces.set(name, toComponents(schema, ctx) as object)
  return { properties: converted, required }
}
