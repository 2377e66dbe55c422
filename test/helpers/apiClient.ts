import type { SanitizedConfig } from 'payload'

import {
  GRAPHQL_POST,
  REST_DELETE,
  REST_GET,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withBodyLimits } from '../../src/http/withBodyLimits'
import { withHttpCaching } from '../../src/http/withHttpCaching'
import { withGraphQLLimits } from '../../src/security/graphql/withGraphQLLimits'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT'

type RequestOptions = {
  /** JSON-encoded unless a string, FormData or a ReadableStream (sent chunked, no Content-Length). */
  body?: unknown
  headers?: Record<string, string>
  /** A JWT from login; sent as `Authorization: JWT <token>`. */
  token?: string
}

const BASE = 'http://localhost:3000'

/** The route's `[...slug]` params, as Next.js gives them to the API route. */
const slugOf = (url: URL): string[] =>
  url.pathname
    .replace(/^\/api\/?/, '')
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent)

/**
 * Calls Payload's real REST and GraphQL handlers (the ones `src/app/(payload)/api` mounts) with
 * WHATWG Requests: the same code path as over HTTP, without a listening server.
 */
export const createApiClient = (config: Promise<SanitizedConfig>) => {
  const handlers = {
    DELETE: withBodyLimits(withHttpCaching(REST_DELETE(config), config), config),
    // As src/app/(payload)/api/[...slug]/route.ts mounts it.
    GET: withBodyLimits(withHttpCaching(REST_GET(config), config), config),
    PATCH: withBodyLimits(withHttpCaching(REST_PATCH(config), config), config),
    POST: withBodyLimits(withHttpCaching(REST_POST(config), config), config),
    PUT: withBodyLimits(withHttpCaching(REST_PUT(config), config), config),
  }
  // As src/app/(payload)/api/graphql/route.ts mounts it.
  const graphqlHandler = withBodyLimits(withGraphQLLimits(GRAPHQL_POST(config), config), config)

  const headersFor = ({ body, headers, token }: RequestOptions): Headers => {
    const result = new Headers(headers)
    // A FormData body (an upload) sets its own multipart content type.
    if (body !== undefined && !(body instanceof FormData) && !result.has('content-type'))
      result.set('content-type', 'application/json')
    if (token) result.set('authorization', `JWT ${token}`)
    return result
  }

  const rest = async (
    method: Method,
    path: string,
    options: RequestOptions = {},
  ): Promise<Response> => {
    const url = new URL(`/api${path}`, BASE)
    const slug = slugOf(url)
    const isRaw =
      typeof options.body === 'string' ||
      options.body instanceof FormData ||
      options.body instanceof ReadableStream
    const request = new Request(url, {
      body:
        options.body === undefined
          ? undefined
          : isRaw
            ? (options.body as BodyInit)
            : JSON.stringify(options.body),
      // A stream body is sent as it comes (what Node's fetch requires for one).
      ...(options.body instanceof ReadableStream ? { duplex: 'half' } : {}),
      headers: headersFor(options),
      method,
    } as RequestInit)
    return handlers[method](request, { params: Promise.resolve({ slug }) })
  }

  const graphql = async (
    query: string,
    {
      headers,
      token,
      variables,
    }: {
      headers?: Record<string, string>
      token?: string
      variables?: Record<string, unknown>
    } = {},
  ): Promise<{
    data?: Record<string, any>
    errors?: { extensions?: { statusCode?: number }; message: string }[]
  }> => {
    const request = new Request(new URL('/api/graphql', BASE), {
      body: JSON.stringify({ query, variables }),
      headers: headersFor({ body: {}, headers, token }),
      method: 'POST',
    })
    const response = await graphqlHandler(request)
    return response.json()
  }

  /** POSTs a raw body (a string or a stream) to the GraphQL handler; the whole answer. */
  const graphqlRaw = async (body: BodyInit, options: Omit<RequestOptions, 'body'> = {}) =>
    graphqlHandler(
      new Request(new URL('/api/graphql', BASE), {
        body,
        ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
        headers: headersFor({ ...options, body: {} }),
        method: 'POST',
      } as RequestInit),
    )

  /**
   * A `fetch` for clients that take one (openapi-fetch): the Request goes to the REST handler its
   * method and path name, as the API route would route it.
   */
  const fetchRequest = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const slug = slugOf(url)
    return handlers[request.method as Method](request, { params: Promise.resolve({ slug }) })
  }

  return {
    delete: (path: string, options?: RequestOptions) => rest('DELETE', path, options),
    fetch: fetchRequest,
    get: (path: string, options?: RequestOptions) => rest('GET', path, options),
    graphql,
    graphqlRaw,
    patch: (path: string, options?: RequestOptions) => rest('PATCH', path, options),
    post: (path: string, options?: RequestOptions) => rest('POST', path, options),
    put: (path: string, options?: RequestOptions) => rest('PUT', path, options),
  }
}

export type ApiClient = ReturnType<typeof createApiClient>
