import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_PLAYGROUND_GET,
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withGraphQLLimits } from '../security/graphql/withGraphQLLimits'
import { withBodyLimits } from './withBodyLimits'
import { withHttpCaching } from './withHttpCaching'
import { withUnversionedNotFound } from './withUnversionedNotFound'

type Config = Promise<SanitizedConfig> | SanitizedConfig

/** What a route handler is given besides the request: the `[...slug]` of `/api/[...slug]`. */
export type RestContext = { params: Promise<{ slug: string[] }> }

export type RestHandler = (request: Request, context: RestContext) => Promise<Response>

export type RestMethod = 'DELETE' | 'GET' | 'OPTIONS' | 'PATCH' | 'POST' | 'PUT'

/**
 * Payload's REST handlers as the API serves them, on either road: body caps and JSON depth first
 * (withBodyLimits), version routes of collections without versions answered 404
 * (withUnversionedNotFound), then HTTP caching (withHttpCaching), then Payload. Mounted by the Express server
 * (src/server/api/serveApi.ts) and by the Next.js route file `src/app/(payload)/api/[...slug]`, so
 * both answer alike.
 */
export const restRoutes = (config: Config): Record<RestMethod, RestHandler> => {
  const awaited = Promise.resolve(config)
  return {
    DELETE: withBodyLimits(withHttpCaching(REST_DELETE(awaited), awaited), awaited),
    GET: withBodyLimits(
      withUnversionedNotFound(withHttpCaching(REST_GET(awaited), awaited), awaited),
      awaited,
    ),
    OPTIONS: REST_OPTIONS(awaited),
    PATCH: withBodyLimits(withHttpCaching(REST_PATCH(awaited), awaited), awaited),
    POST: withBodyLimits(
      withUnversionedNotFound(withHttpCaching(REST_POST(awaited), awaited), awaited),
      awaited,
    ),
    PUT: withBodyLimits(withHttpCaching(REST_PUT(awaited), awaited), awaited),
  }
}

/** Payload's GraphQL handler behind the body caps and the query limits (src/security/graphql). */
export const graphqlRoutes = (config: Config) => {
  const awaited = Promise.resolve(config)
  return {
    OPTIONS: REST_OPTIONS(awaited),
    POST: withBodyLimits(withGraphQLLimits(GRAPHQL_POST(awaited), awaited), awaited),
  }
}

/** Payload's GraphQL playground page (off in production unless the config turns it on). */
export const graphqlPlaygroundRoutes = (config: Config) => ({
  GET: GRAPHQL_PLAYGROUND_GET(Promise.resolve(config)),
})
