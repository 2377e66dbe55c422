import type { Request as ExpressRequest } from 'express'

import { bodyStreamOf } from './bodyStreamOf'

type Args = {
  method: string
  /** The request's URL as the handler sees it: origin, canonical path, query. */
  url: string
  signal: AbortSignal
}

const headersOf = (req: ExpressRequest): Headers => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const each of value) headers.append(name, each)
    else headers.set(name, value)
  }
  return headers
}

/**
 * A Node request as a WHATWG `Request` for Payload's fetch-style handlers. The body is not read
 * here: it streams from the socket as the handler reads it (uploads too), so the handler's byte
 * counter (src/http/withBodyLimits.ts) can stop a chunked body as soon as it passes its cap.
 */
export const toWebRequest = (req: ExpressRequest, { method, signal, url }: Args): Request => {
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(url, {
    body: hasBody ? bodyStreamOf(req) : undefined,
    // Node's fetch requires it for a stream body: the request is sent (here: read) as it comes.
    ...(hasBody ? { duplex: 'half' } : {}),
    headers: headersOf(req),
    method,
    signal,
  })
}
