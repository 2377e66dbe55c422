import type { Payload } from 'payload'

import http from 'node:http'
import { once } from 'node:events'
import { Readable } from 'node:stream'

import { createApp } from '../../src/server/createApp'
import { CLIENT_IP_HEADER } from '../../src/vocabulary/clientIpHeader'

export type ApiServer = {
  close: () => Promise<void>
  /** Sends `request` to the server as it is (path, headers, body streamed), Host included. */
  send: (request: Request) => Promise<Response>
  /** Where it listens (`http://127.0.0.1:<port>`), for a test that brings its own client. */
  url: string
}

let clients = 0

/** A client address no other request of this test file has used. */
const anotherClientIp = (): string => {
  clients += 1
  return `198.${18 + (clients >> 16)}.${(clients >> 8) & 255}.${clients & 255}`
}

const NO_BODY_STATUSES = new Set([101, 204, 205, 304])

const headersOf = (message: http.IncomingMessage): Headers => {
  const headers = new Headers()
  for (let i = 0; i < message.rawHeaders.length; i += 2)
    headers.append(message.rawHeaders[i], message.rawHeaders[i + 1])
  return headers
}

/**
 * The host's Express app (src/server/createApp.ts: security headers, request logs, client IP, body
 * caps, and the API straight to Payload's handlers) on a free port of 127.0.0.1, for one test
 * file's Payload. The admin is not served (Next.js is not started): a path the API does not take
 * gets 404. Requests go over a real socket with Node's http client, which (unlike fetch) sends the
 * request's own Host, so Payload sees the origin the tests use (http://localhost:3000).
 * `trustProxy: 'loopback'`: a request's client IP, when a test names it (the header Express tags,
 * CLIENT_IP_HEADER), is sent as `X-Forwarded-For`, so Express tags that IP; a request that names
 * none comes from an address of its own (198.18.0.0/15, for tests), so the per-address limits
 * count only what a test means them to.
 */
export const startApiServer = async (payload: Payload): Promise<ApiServer> => {
  const app = createApp({
    handleNext: async (_req, res) => {
      res.statusCode = 404
      res.end('Not the API (Next.js is not running in tests)')
    },
    isDev: false,
    isHttps: false,
    payload,
    trustProxy: 'loopback',
  })
  const server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  server.unref()
  const { port } = server.address() as { port: number }

  const send = async (request: Request): Promise<Response> => {
    const url = new URL(request.url)
    const headers: Record<string, string[]> = {}
    for (const [name, value] of request.headers) (headers[name] ??= []).push(value)
    // A test names the client's IP as Express would tag it; over HTTP it comes from the proxy.
    const clientIp = headers[CLIENT_IP_HEADER] ?? [anotherClientIp()]
    delete headers[CLIENT_IP_HEADER]
    headers['x-forwarded-for'] = clientIp
    const outgoing = http.request({
      agent: false,
      headers: { ...headers, host: url.host },
      host: '127.0.0.1',
      method: request.method,
      path: `${url.pathname}${url.search}`,
      port,
    })
    // `once` rejects on 'error' before the answer; after it (the server closed the connection
    // while this was still sending: a refused body), the answer stands.
    const answered = once(outgoing, 'response') as Promise<[http.IncomingMessage]>
    if (request.body) {
      const body = Readable.fromWeb(request.body as never)
      body.pipe(outgoing)
      outgoing.once('close', () => body.destroy())
    } else outgoing.end()
    const [message] = await answered
    outgoing.on('error', () => undefined)
    const status = message.statusCode ?? 500
    const hasBody = !NO_BODY_STATUSES.has(status) && request.method !== 'HEAD'
    if (!hasBody) message.resume()
    return new Response(hasBody ? (Readable.toWeb(message) as ReadableStream) : null, {
      headers: headersOf(message),
      status,
      statusText: message.statusMessage,
    })
  }

  return {
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    send,
    url: `http://127.0.0.1:${port}`,
  }
}

const servers = new Map<Payload, Promise<ApiServer>>()

/** The one API server of `payload` in this test file, started on first use. */
export const apiServerOf = (payload: Payload): Promise<ApiServer> => {
  let server = servers.get(payload)
  if (!server) {
    server = startApiServer(payload)
    servers.set(payload, server)
  }
  return server
}

/** Closes `payload`'s API server, if it has one (bootPayload's close() does). */
export const closeApiServerOf = async (payload: Payload): Promise<void> => {
  const server = servers.get(payload)
  servers.delete(payload)
  await (await server)?.close()
}
