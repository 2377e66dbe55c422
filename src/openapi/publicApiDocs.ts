import type { Endpoint, PayloadRequest, Plugin, SanitizedCollectionConfig } from 'payload'
import type { OpenAPIV3_1 } from 'openapi-types'

import {
  type CollectionSlug,
  collectionSlugs,
  publicContentCollections,
} from '../../collections/slugs'
import { docsEndpoints } from './docsEndpoints'
import { schemaName } from './schemaName'
import { toPublicSpec } from './toPublicSpec'

export const OPENAPI_PATH = '/openapi.json'

/** The collections frontends read: published content only. */
const readable: CollectionSlug[] = [...publicContentCollections]
/** The one the public writes to. */
const writable = [collectionSlugs.bookingRequests]

/** Top-level fields of a collection that a visitor may set on create (no create access rule). */
const publicCreateFields = (collection: SanitizedCollectionConfig): string[] =>
  collection.flattenedFields
    .filter((field) => field.type !== 'join' && !field.access?.create && !field.admin?.hidden)
    .map(({ name }) => name)
    .filter((name) => !['createdAt', 'id', 'updatedAt'].includes(name))

/** `custom.openapi` of the collections' own endpoints, keyed by full path and method. */
const documentedEndpoints = (
  collections: SanitizedCollectionConfig[],
  apiRoute: string,
): Record<string, Record<string, object>> => {
  const documented: Record<string, Record<string, object>> = {}
  for (const { endpoints, slug } of collections) {
    for (const endpoint of endpoints || []) {
      if (!endpoint.custom?.openapi) continue
      const path = `${apiRoute}/${slug}${endpoint.path.replace(/:([^/]+)/g, '{$1}')}`.replace(
        /\/$/,
        '',
      )
      documented[path] = { ...documented[path], [endpoint.method]: endpoint.custom.openapi }
    }
  }
  return documented
}

/** What a populated relation to each collection carries: its `defaultPopulate` fields. */
const populatedFields = (collections: SanitizedCollectionConfig[]): Record<string, string[]> =>
  Object.fromEntries(
    collections
      .filter(({ defaultPopulate }) => defaultPopulate)
      .map((collection) => [schemaName(collection), Object.keys(collection.defaultPopulate!)]),
  )

/**
 * payload-oapi's generator, loaded on first use: it pulls in ESM-only helpers through CommonJS,
 * which Node runs but Jest's module loader cannot, so the config itself never imports it.
 */
let generate: Endpoint['handler'] | undefined
const generator = async (): Promise<Endpoint['handler']> => {
  if (generate) return generate
  const { openapi } = await import('payload-oapi')
  const { endpoints = [] } = await openapi({
    filters: { hideInternalCollections: true, includeCollections: [...readable, ...writable] },
    metadata: { title: 'Speakers Bureau public API', version: '1' },
    openapiVersion: '3.1',
    specEndpoint: OPENAPI_PATH,
  })({ collections: [], endpoints: [] } as never)
  const found = endpoints.find(({ path }) => path === OPENAPI_PATH)
  if (!found) throw new Error('payload-oapi did not add its OpenAPI endpoint')
  generate = found.handler
  return generate
}

const buildDocument = async (
  req: PayloadRequest,
  { serverUrl, version }: { serverUrl: string; version: string },
): Promise<OpenAPIV3_1.Document> => {
  const generated = (await (await (await generator())(req)).json()) as OpenAPIV3_1.Document
  const { collections, config, logger } = req.payload
  logger.info({ msg: 'OpenAPI document built', serverUrl })
  return toPublicSpec(
    { ...generated, info: { ...generated.info, version } },
    {
      apiRoute: config.routes.api,
      populated: populatedFields(Object.values(collections).map(({ config }) => config)),
      documented: documentedEndpoints(
        [...readable, ...writable].map((slug) => collections[slug].config),
        config.routes.api,
      ),
      readable,
      serverUrl,
      writable: Object.fromEntries(
        writable.map((slug) => [slug, publicCreateFields(collections[slug].config)]),
      ),
    },
  )
}

/**
 * The document depends on the config and the server's URL only, and takes about 100 ms of CPU to
 * build: it is built once per config (a development reload makes a new one) and server URL (the
 * request's origin when `serverURL` is not set; the last one only, so other Host headers cannot
 * grow the cache). A failed build is not kept.
 */
const documents = new WeakMap<
  object,
  { document: Promise<OpenAPIV3_1.Document>; serverUrl: string }
>()

const openApiEndpoint = ({ version }: { version: string }): Endpoint => ({
  handler: async (req) => {
    const { config } = req.payload
    const serverUrl = config.serverURL || new URL(req.url ?? 'http://localhost').origin
    let built = documents.get(config)
    if (built?.serverUrl !== serverUrl) {
      const document = buildDocument(req, { serverUrl, version })
      built = { document, serverUrl }
      documents.set(config, built)
      document.catch(() => {
        if (documents.get(config)?.document === document) documents.delete(config)
      })
    }
    return Response.json(await built.document)
  },
  method: 'get',
  path: OPENAPI_PATH,
})

/**
 * `/api/openapi.json`: the OpenAPI 3.1 document of the public API, generated from the collection
 * configs by payload-oapi and narrowed to what the public may call; `/api/docs`: Swagger UI for it,
 * served from this server (no CDN, so it works under the Content-Security-Policy).
 */
export const publicApiDocs =
  ({ version }: { version: string }): Plugin =>
  (config) => ({
    ...config,
    endpoints: [
      ...(config.endpoints ?? []),
      openApiEndpoint({ version }),
      ...docsEndpoints({ specPath: OPENAPI_PATH }),
    ],
  })
