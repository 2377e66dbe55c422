import type { OpenAPIV3_1 } from 'openapi-types'
import type { Endpoint, Plugin } from 'payload'

import { collectionNames, publicContentCollections } from '../vocabulary/collectionNames'
import { buildPublicDocument } from './buildPublicDocument'
import { docsEndpoints } from './docsEndpoints'

export const OPENAPI_PATH = '/openapi.json'

/**
 * The document depends on the config and the server's URL only: it is built once per config (a
 * development reload makes a new one) and server URL (the config's `serverURL`, never a request's
 * Host), in English whatever the request's language.
 */
const documents = new WeakMap<object, { document: OpenAPIV3_1.Document; serverUrl: string }>()

const openApiEndpoint = ({ version }: { version: string }): Endpoint => ({
  handler: async (req) => {
    const { config } = req.payload
    const serverUrl = config.serverURL
    let built = documents.get(config)
    if (built?.serverUrl !== serverUrl) {
      const document = buildPublicDocument({
        i18n: { ...req.i18n, language: 'en', t: req.i18n.t },
        payload: req.payload,
        readable: [...publicContentCollections],
        serverUrl,
        staff: [collectionNames.proposals, collectionNames.holds, collectionNames.calendarLinks],
        version,
        writable: [collectionNames.bookingRequests],
      })
      req.payload.logger.info({ msg: 'OpenAPI document built', serverUrl })
      built = { document, serverUrl }
      documents.set(config, built)
    }
    return Response.json(built.document)
  },
  method: 'get',
  path: OPENAPI_PATH,
})

/**
 * `/api/openapi.json`: the OpenAPI 3.1 document of the public API (src/openapi/buildPublicDocument.ts);
 * `/api/docs`: Swagger UI for it, served from this server (no CDN, so it works under the
 * Content-Security-Policy).
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
