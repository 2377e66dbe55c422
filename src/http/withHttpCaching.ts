import type { SanitizedConfig } from 'payload'

import crypto from 'node:crypto'

import { publicContentCollections } from '../vocabulary/collectionNames'
import { cachePolicyFor, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from './cachePolicy'

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/** Published content, and the API's own documentation (`/api/openapi.json`, `/api/docs`). */
const publicCollections = [...publicContentCollections, 'openapi.json', 'docs']

const matches = (ifNoneMatch: null | string, etag: string): boolean =>
  Boolean(ifNoneMatch) &&
  (ifNoneMatch === '*' ||
    ifNoneMatch!.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag))

const cached =
  (handler: Handler, apiRoute: string): Handler =>
  async (request, context) => {
    const response = await handler(request, context)
    const policy = cachePolicyFor({ apiRoute, publicCollections, request })
    if (policy === 'as-is') return response
    const headers = new Headers(response.headers)
    if (policy === 'private' || response.status !== 200) {
      if (!headers.has('cache-control') || policy === 'private')
        headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
      return new Response(response.body, { headers, status: response.status })
    }
    const body = await response.arrayBuffer()
    const etag = `"${crypto.createHash('sha1').update(new Uint8Array(body)).digest('base64url')}"`
    headers.set('Cache-Control', PUBLIC_CACHE_CONTROL)
    headers.set('ETag', etag)
    headers.append('Vary', 'Authorization, Cookie')
    if (matches(request.headers.get('if-none-match'), etag)) {
      headers.delete('content-length')
      return new Response(null, { headers, status: 304 })
    }
    return new Response(body, { headers, status: 200 })
  }

/** Set by the plugin in `config.custom`: the API answers with these caching headers. */
export const HTTP_CACHING_KEY = 'speakersBureauHttpCaching'

/**
 * Wraps Payload's REST handlers with HTTP caching: an anonymous read of published content gets
 * `Cache-Control: public, max-age=60, stale-while-revalidate=600` and an `ETag` (a hash of the body),
 * and `If-None-Match` with that tag gets `304` and no body. Every other answer is `private, no-store`.
 * Only for a config the plugin is in (the bench's bare Payload, on the same build, answers as
 * Payload does).
 */
export const withHttpCaching =
  (handler: Handler, config: Promise<SanitizedConfig> | SanitizedConfig): Handler =>
  async (request, context) => {
    const { custom, routes } = await config
    if (!custom?.[HTTP_CACHING_KEY]) return handler(request, context)
    return cached(handler, routes.api)(request, context)
  }
