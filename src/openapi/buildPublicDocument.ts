import type { I18n } from '@payloadcms/translations'
import type { OpenAPIV3_1 } from 'openapi-types'
import type { CollectionSlug, Endpoint, Payload, SanitizedCollectionConfig } from 'payload'

import { PUBLIC_READ_CAPS_KEY, type PublicReadCaps } from '../queries/publicReadCaps'
import { collectionOperations, sharedHeaders, sharedParameters } from './collectionOperations'
import { documentSchemas } from './documentSchemas'
import { errorSchemas, sharedResponses } from './errorResponses'
import { inputSchema } from './inputSchema'
import { type Schema, schemaContext } from './schemaContext'
import { pluralLabel } from './schemaName'
import { filterSchemas, whereSchema } from './whereSchemas'

type Args = {
  /** Where people read it in their language: descriptions of fields come in English. */
  i18n: I18n
  payload: Payload
  /** Collections anyone reads (published documents only where there are drafts). */
  readable: string[]
  serverUrl: string
  /**
   * Collections staff work through the API (proposals, holds): their routes as each documents
   * them in `custom.openapi` (path → method → operation), and their own endpoints.
   */
  staff?: string[]
  version: string
  /** Collections the public creates documents in, through their own documented endpoint. */
  writable: string[]
}

/** `custom.openapi` of a collection's own endpoints, keyed by full path and method. */
const documentedEndpoints = (
  collection: SanitizedCollectionConfig,
  apiRoute: string,
): Record<string, Schema> => {
  const paths: Record<string, Schema> = {}
  for (const endpoint of collection.endpoints || []) {
    const operation = endpoint.custom?.openapi as Schema | undefined
    if (!operation) continue
    const path =
      `${apiRoute}/${collection.slug}${endpoint.path.replace(/:([^/]+)/g, '{$1}')}`.replace(
        /\/$/,
        '',
      )
    paths[path] = {
      ...paths[path],
      [endpoint.method]: { ...operation, tags: [pluralLabel(collection)] },
    }
  }
  return paths
}

/** `custom.openapi` of the config's own endpoints (privacy), keyed by full path and method. */
const documentedRootEndpoints = (
  endpoints: Endpoint[] | undefined,
  apiRoute: string,
): Record<string, Schema> => {
  const paths: Record<string, Schema> = {}
  for (const endpoint of endpoints ?? []) {
    const operation = endpoint.custom?.openapi as Schema | undefined
    if (!operation) continue
    const path = `${apiRoute}${endpoint.path}`
    paths[path] = { ...paths[path], [endpoint.method]: operation }
  }
  return paths
}

/** A staff collection's own description of Payload's routes for it (`custom.openapi`). */
const documentedRoutes = (
  collection: SanitizedCollectionConfig,
  apiRoute: string,
): Record<string, Schema> => {
  const routes = (collection.custom?.openapi ?? {}) as Record<string, Record<string, Schema>>
  return Object.fromEntries(
    Object.entries(routes).map(([path, operations]) => [
      `${apiRoute}/${collection.slug}${path}`.replace(/\/$/, ''),
      Object.fromEntries(
        Object.entries(operations).map(([method, operation]) => [
          method,
          { ...operation, tags: [pluralLabel(collection)] },
        ]),
      ),
    ]),
  )
}

/** Drops schemas nothing in the document points at (Payload's generator names more than we use). */
const withoutUnusedSchemas = (
  document: Schema & { components: Schema & { schemas: Record<string, Schema> } },
): Schema => {
  const schemas = document.components.schemas
  const used = new Set<string>()
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    const ref = (node as { $ref?: unknown }).$ref
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
      const name = ref.slice('#/components/schemas/'.length)
      if (!used.has(name)) {
        used.add(name)
        visit(schemas[name])
      }
    }
    for (const value of Object.values(node)) visit(value)
  }
  visit({ ...document, components: { ...document.components, schemas: {} } })
  return {
    ...document,
    components: {
      ...document.components,
      schemas: Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name))),
    },
  }
}

/**
 * The OpenAPI 3.1 document of the public API, built from the collection configs with Payload's own
 * JSON schema generator (the one behind payload-types.ts): reads of published content (list, by id,
 * by slug) and the booking request form, each callable without a key. Schemas hold what anyone may
 * read or send, `where` and `select` are typed per collection, and every status the routes answer
 * is documented with the one error shape.
 */
export const buildPublicDocument = ({
  i18n,
  payload,
  readable,
  serverUrl,
  staff = [],
  version,
  writable,
}: Args): OpenAPIV3_1.Document => {
  const { config } = payload
  const caps = (config.custom?.[PUBLIC_READ_CAPS_KEY] ?? {
    maxDepth: 3,
    maxLimit: 1000,
  }) as PublicReadCaps
  const ctx = schemaContext({ i18n, payload, published: readable })
  const collectionOf = (slug: string) => payload.collections[slug as CollectionSlug].config
  const collections = (slugs: string[]) => slugs.map(collectionOf)
  const schemas = Object.assign(
    {},
    ...collections(readable).flatMap((collection) => [
      documentSchemas(collection, ctx),
      whereSchema(collection, ctx),
    ]),
    ...collections(writable).map((collection) => inputSchema(collection, ctx)),
    filterSchemas(ctx),
    errorSchemas,
  )
  const rootPaths = documentedRootEndpoints(config.endpoints || undefined, config.routes.api)
  const rootTags = new Set(
    Object.values(rootPaths).flatMap((operations) =>
      Object.values(operations as Record<string, { tags?: string[] }>).flatMap(
        ({ tags }) => tags ?? [],
      ),
    ),
  )
  const paths: Record<string, Schema> = Object.assign(
    {},
    ...collections(readable).flatMap((collection) => [
      collectionOperations(collection, ctx),
      documentedEndpoints(collection, config.routes.api),
    ]),
    ...collections(writable).map((collection) =>
      documentedEndpoints(collection, config.routes.api),
    ),
    ...collections(staff).flatMap((collection) => [
      documentedRoutes(collection, config.routes.api),
      documentedEndpoints(collection, config.routes.api),
    ]),
    rootPaths,
  )
  const document = withoutUnusedSchemas({
    components: {
      headers: sharedHeaders,
      parameters: sharedParameters(caps),
      responses: sharedResponses,
      schemas: { ...schemas, ...Object.fromEntries(ctx.interfaces) },
      securitySchemes: { bearerAuth: { bearerFormat: 'JWT', scheme: 'bearer', type: 'http' } },
    },
    info: {
      description:
        'Published speakers, interviews, topics and media, the booking request form and the client’s proposal links: no key needed. Proposals, date holds and calendar links are for staff, personal data export and erasure for admins (a JWT from `POST /api/users/login`). `where` and `select` are sent qs-style (`where[topics.slug][equals]=internet-experts`).',
      title: 'Speakers Bureau public API',
      version,
    },
    openapi: '3.1.0',
    paths,
    servers: [{ url: serverUrl }],
    tags: [
      ...[...readable, ...writable, ...staff].map((slug) => ({
        name: pluralLabel(collectionOf(slug)),
      })),
      ...[...rootTags].map((name) => ({ name })),
    ],
  })
  return document as unknown as OpenAPIV3_1.Document
}
