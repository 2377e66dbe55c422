import type { SanitizedConfig } from 'payload'

import { bodyLimitsOf, capFor } from './bodyLimits'
import { type BodyProblem, checkBodyText, checkQueryJson, tooLarge } from './checkRequestBody'
import { readLimitedBody } from './readLimitedBody'
import { languageOf, refusal } from './refusal'

type Handler<Rest extends unknown[]> = (request: Request, ...rest: Rest) => Promise<Response>

const refuse = (config: SanitizedConfig, request: Request, problem: BodyProblem): Response =>
  refusal({ ...problem, language: languageOf(config, request.headers) })

/** The same request with the body it was read into (a stream can be read only once). */
export const withBufferedBody = (request: Request, bytes: Uint8Array<ArrayBuffer>): Request => {
  const headers = new Headers(request.headers)
  headers.delete('transfer-encoding')
  headers.set('content-length', String(bytes.byteLength))
  return new Request(request.url, {
    body: bytes.byteLength > 0 ? bytes : null,
    headers,
    method: request.method,
    signal: request.signal,
  })
}

/**
 * Wraps a Next.js route handler (REST, GraphQL) so no request reaches Payload with a body over its
 * cap or JSON nested past `maxJsonDepth`. The body is read here through a byte counter, so a chunked
 * upload without Content-Length is cut off as soon as it passes the cap (413), then handed to Payload
 * as a new Request. It sits where Next.js has already resolved the route, so every spelling of a URL
 * (`/api/%73peakers`, `//api/speakers`) meets it. Limits come from the plugin (see bodyLimits.ts).
 */
export const withBodyLimits =
  <Rest extends unknown[]>(
    handler: Handler<Rest>,
    config: Promise<SanitizedConfig> | SanitizedConfig,
  ): Handler<Rest> =>
  async (request, ...rest) => {
    const awaitedConfig = await config
    const limits = bodyLimitsOf(awaitedConfig)
    const queryProblem = checkQueryJson(new URL(request.url), limits)
    if (queryProblem) return refuse(awaitedConfig, request, queryProblem)
    if (!request.body) return handler(request, ...rest)

    const contentType = request.headers.get('content-type')
    const cap = capFor(contentType, limits)
    if (Number(request.headers.get('content-length') ?? 0) > cap)
      return refuse(awaitedConfig, request, tooLarge(cap))
    const bytes = await readLimitedBody(request.body, cap)
    if (!bytes) return refuse(awaitedConfig, request, tooLarge(cap))
    const problem = await checkBodyText({ bytes, contentType, limits, request })
    if (problem) return refuse(awaitedConfig, request, problem)
    return handler(withBufferedBody(request, bytes), ...rest)
  }
