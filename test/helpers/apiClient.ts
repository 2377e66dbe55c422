import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { apiServerOf } from './apiServer'

type Method = 'DELETE' | 'GET' | 'PATCH' | 'POST' | 'PUT'

type RequestOptions = {
  /** JSON-encoded unless a string, FormData or a ReadableStream (sent chunked, no Content-Length). */
  body?: unknown
  headers?: Record<string, string>
  /** A JWT from login; sent as `Authorization: JWT <token>`. */
  token?: string
}

const BASE = 'http://localhost:3000'

/**
 * Sends WHATWG Requests over HTTP to the host's real server (test/helpers/apiServer.ts: the Express
 * app with its API road straight to Payload's REST and GraphQL handlers), started on first use for
 * this config's Payload and closed by bootPayload's close(). Requests carry `Host: localhost:3000`,
 * the origin the test config allows.
 */
export const createApiClient = (config: Promise<SanitizedConfig>) => {
  const send = async (request: Request): Promise<Response> =>
    (await apiServerOf(await getPayload({ config }))).send(request)
  const graphqlHandler = send

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
    return send(request)
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

  /** A `fetch` for clients that take one (openapi-fetch): the Request goes to the server as it is. */
  const fetchRequest = send

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
