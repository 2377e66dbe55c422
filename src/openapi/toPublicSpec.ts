import type { OpenAPIV3_1 } from 'openapi-types'

type Args = {
  /** Schema name → the fields a populated relation carries (the collection's `defaultPopulate`). */
  populated: Record<string, string[]>
  /** Operations documented on our own endpoints (`custom.openapi`), by path and method: they win. */
  documented: Record<string, Record<string, object>>
  /** Collections whose documents the public reads (GET list and by id). */
  readable: string[]
  /** The API route prefix (`/api`). */
  apiRoute: string
  /** Request-body properties the public may send per writable collection. */
  writable: Record<string, string[]>
  serverUrl: string
}

const BEARER = 'bearerAuth'

/** payload-oapi answers GET by id with the `{ message, doc }` of a write; Payload sends the doc. */
const fixFindByIdResponse = (path: string, method: string, operation: object): object => {
  const ok = (operation as OpenAPIV3_1.OperationObject).responses?.['200'] as
    OpenAPIV3_1.ReferenceObject | undefined
  if (method !== 'get' || !path.endsWith('/{id}') || !ok?.$ref) return operation
  return {
    ...operation,
    responses: {
      ...(operation as OpenAPIV3_1.OperationObject).responses,
      200: { $ref: ok.$ref.replace(/\/Mutate(\w+Response)$/, '/$1') },
    },
  }
}

const keepOperation = (path: string, method: string, args: Args): boolean => {
  const [collection, ...rest] = path.slice(args.apiRoute.length + 1).split('/')
  if (method === 'get') return args.readable.includes(collection) && !rest.includes('versions')
  if (method === 'post') return collection in args.writable && rest.length === 0
  return false
}

/** `allOf`/`$ref` free view of a request body schema, with only the properties the public may send. */
const narrowRequestBody = (
  body: OpenAPIV3_1.RequestBodyObject,
  allowed: string[],
): OpenAPIV3_1.RequestBodyObject => {
  const schema = body.content?.['application/json']?.schema as OpenAPIV3_1.SchemaObject | undefined
  if (!schema?.properties) return body
  const properties = Object.fromEntries(
    Object.entries(schema.properties).filter(([name]) => allowed.includes(name)),
  )
  return {
    ...body,
    content: {
      'application/json': {
        schema: {
          ...schema,
          properties,
          required: (schema.required ?? []).filter((name) => name in properties),
        },
      },
    },
  }
}

const SCHEMAS = '#/components/schemas/'

/**
 * A relation (`oneOf: [id, $ref X]`) to a collection with `defaultPopulate` holds only those fields
 * when populated: point it at an `XPopulated` schema of just them, instead of the whole document.
 */
const withPopulatedRelations = (
  spec: OpenAPIV3_1.Document,
  populated: Args['populated'],
): OpenAPIV3_1.Document => {
  const schemas = (spec.components?.schemas ?? {}) as Record<string, OpenAPIV3_1.SchemaObject>
  const extra = Object.fromEntries(
    Object.entries(populated)
      .filter(([name]) => schemas[name]?.properties)
      .map(([name, fields]) => [
        `${name}Populated`,
        {
          properties: Object.fromEntries(
            ['id', ...fields]
              .filter((field) => field in schemas[name].properties!)
              .map((field) => [field, schemas[name].properties![field]]),
          ),
          required: ['id'],
          title: `${name} (populated)`,
          type: 'object',
        } satisfies OpenAPIV3_1.SchemaObject,
      ]),
  )
  const merged = {
    ...spec,
    components: { ...spec.components, schemas: { ...spec.components?.schemas, ...extra } },
  }
  return JSON.parse(JSON.stringify(merged), (_key, node) => {
    if (!node || typeof node !== 'object' || !Array.isArray(node.oneOf)) return node
    return {
      ...node,
      oneOf: node.oneOf.map((option: { $ref?: string }) => {
        const name = option.$ref?.startsWith(SCHEMAS) ? option.$ref.slice(SCHEMAS.length) : ''
        return `${name}Populated` in extra ? { $ref: `${SCHEMAS}${name}Populated` } : option
      }),
    }
  }) as OpenAPIV3_1.Document
}

/** An optional select is `type: [string, null]` with an enum that forgot `null`: add it. */
const withNullableEnums = <T>(value: T): T =>
  JSON.parse(JSON.stringify(value), (_key, node) =>
    node &&
    Array.isArray(node.enum) &&
    Array.isArray(node.type) &&
    node.type.includes('null') &&
    !node.enum.includes(null)
      ? { ...node, enum: [...node.enum, null] }
      : node,
  ) as T

/** Relations to collections outside the public API (users, review events): documented as opaque. */
const withoutDanglingRefs = <T>(value: T, schemas: Record<string, unknown>): T =>
  JSON.parse(JSON.stringify(value), (_key, node) =>
    node &&
    typeof node === 'object' &&
    typeof node.$ref === 'string' &&
    node.$ref.startsWith(SCHEMAS) &&
    !(node.$ref.slice(SCHEMAS.length) in schemas)
      ? { description: 'Not part of the public API', type: 'object' }
      : node,
  ) as T

/**
 * Cuts the document payload-oapi generates from every collection down to the public API: reads of
 * published content (list, by id, by slug) and the booking request form, each callable without a
 * key (a bearer token from `/api/users/login` only adds what that person may see). Request bodies
 * list only what the public may send.
 */
export const toPublicSpec = (generated: OpenAPIV3_1.Document, args: Args): OpenAPIV3_1.Document => {
  const spec = withNullableEnums(withPopulatedRelations(generated, args.populated))
  const paths: OpenAPIV3_1.PathsObject = {}
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    const { parameters, ...operations } = item ?? {}
    const kept = Object.fromEntries(
      Object.entries(operations)
        .filter(([method]) => keepOperation(path, method, args))
        .map(([method, operation]) => [
          method,
          {
            ...fixFindByIdResponse(path, method, operation as object),
            ...args.documented[path]?.[method],
            security: [{}, { [BEARER]: [] }],
          },
        ]),
    )
    if (Object.keys(kept).length > 0)
      paths[path] = { ...(parameters ? { parameters } : {}), ...kept }
  }
  const requestBodies = Object.fromEntries(
    Object.entries(spec.components?.requestBodies ?? {}).map(([name, body]) => {
      const collection = Object.keys(args.writable).find(
        (slug) => name.toLowerCase() === `${slug.replace(/-/g, '').replace(/s$/, '')}requestbody`,
      )
      return [
        name,
        collection
          ? narrowRequestBody(body as OpenAPIV3_1.RequestBodyObject, args.writable[collection])
          : body,
      ]
    }),
  )
  return withoutDanglingRefs(
    {
      ...spec,
      components: {
        ...spec.components,
        requestBodies,
        securitySchemes: { [BEARER]: { bearerFormat: 'JWT', scheme: 'bearer', type: 'http' } },
      },
      paths,
      servers: [{ url: args.serverUrl }],
    },
    spec.components?.schemas ?? {},
  )
}
