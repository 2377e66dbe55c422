import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import { CLIENT_IP_HEADER } from '../../hooks/stampNewBookingRequest'
import { createApp } from '../../src/server/createApp'

const quietLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined }

/** The real Express app, with a stand-in for Next.js that records what reached it. */
const startApp = async (trustProxy?: string) => {
  const reached: { ip: string }[] = []
  const app = createApp({
    bookingGuard: { maxBytes: 64 * 1024, perWindow: 5, windowMs: 10 * 60_000 },
    handleNext: async (req, res) => {
      reached.push({ ip: String(req.headers[CLIENT_IP_HEADER]) })
      req.resume()
      res.statusCode = 201
      res.end('{}')
    },
    isDev: false,
    isHttps: false,
    payload: { logger: quietLogger } as unknown as Payload,
    trustProxy,
  })
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/booking-requests`
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    reached,
    url,
  }
}

const post = (url: string, headers: Record<string, string> = {}, body = '{"eventName":"x"}') =>
  fetch(url, { body, headers: { 'content-type': 'application/json', ...headers }, method: 'POST' })

describe('Express guards in front of POST /api/booking-requests', () => {
  let app: Awaited<ReturnType<typeof startApp>>
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app.close()
  })

  it('should answer 413 for a body over 64 KB before Payload sees it', async () => {
    const before = app.reached.length
    const response = await post(app.url, {}, JSON.stringify({ message: 'x'.repeat(65 * 1024) }))
    expect(response.status).toBe(413)
    expect(app.reached.length).toBe(before)
  })

  it('should pass the socket address to Payload, whatever the client claims', async () => {
    await post(app.url, { [CLIENT_IP_HEADER]: '203.0.113.9', 'x-forwarded-for': '203.0.113.9' })
    expect(app.reached.at(-1)?.ip).toMatch(/127\.0\.0\.1$/)
  })

  it('should allow 5 requests per 10 minutes, then 429 with Retry-After, spoofed X-Forwarded-For or not', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await post(app.url)).status)
    expect(statuses).toEqual([201, 201, 201, 201])
    const limited = await post(app.url, { 'x-forwarded-for': '198.51.100.7' })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await limited.json()).errors[0].message).toMatch(/Too many booking requests/)
    expect((await post(app.url, { 'x-forwarded-for': '198.51.100.8' })).status).toBe(429)
  })

  it('should not limit other routes', async () => {
    const response = await fetch(app.url.replace('/api/booking-requests', '/api/speakers'))
    expect(response.status).toBe(201)
  })
})

describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
  it('should count clients by the address the proxy reports', async () => {
    const app = await startApp('1')
    try {
      for (let i = 0; i < 5; i++) await post(app.url, { 'x-forwarded-for': '198.51.100.1' })
      expect((await post(app.url, { 'x-forwarded-for': '198.51.100.1' })).status).toBe(429)
      expect((await post(app.url, { 'x-forwarded-for': '198.51.100.2' })).status).toBe(201)
      expect(app.reached.at(-1)?.ip).toBe('198.51.100.2')
    } finally {
      await app.close()
    }
  })
})
