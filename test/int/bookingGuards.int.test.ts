import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import fs from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

import { CLIENT_IP_HEADER } from '../../src/vocabulary/clientIpHeader'
import { createApp } from '../../src/server/createApp'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type RawAnswer, rawRequest } from '../helpers/rawHttp'
import { spawnServer, type SpawnedServer, waitForStatus } from '../helpers/spawnServer'
import { bookingUrlSpellings } from '../helpers/urlSpellings'
import { validBooking } from './security/world'

const quietLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined }

/**
 * The real Express app with its API sent on to Next.js (`apiRoad: 'next'`), and a stand-in for
 * Next.js that records which client IP reached it: the tag is set before either road.
 */
const startApp = async (trustProxy?: string) => {
  const reached: { ip: string }[] = []
  const app = createApp({
    apiRoad: 'next',
    handleNext: async (req, res) => {
      reached.push({ ip: String(req.headers[CLIENT_IP_HEADER]) })
      req.resume()
      res.statusCode = 201
      res.end('{}')
    },
    isDev: false,
    isHttps: false,
    payload: { config: {}, logger: quietLogger } as unknown as Payload,
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

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    body: '{"eventName":"x"}',
    headers: { 'content-type': 'application/json', ...headers },
    method: 'POST',
  })

describe('the client address Express gives Payload (stand-in for Next.js)', () => {
  it('should pass the socket address, whatever the client claims', async () => {
    const app = await startApp()
    try {
      await post(app.url, { [CLIENT_IP_HEADER]: '203.0.113.9', 'x-forwarded-for': '203.0.113.9' })
      expect(app.reached.at(-1)?.ip).toMatch(/127\.0\.0\.1$/)
    } finally {
      await app.close()
    }
  })

  it('should pass the address a trusted proxy reports (TRUST_PROXY=1)', async () => {
    const app = await startApp('1')
    try {
      await post(app.url, { 'x-forwarded-for': '198.51.100.2' })
      expect(app.reached.at(-1)?.ip).toBe('198.51.100.2')
    } finally {
      await app.close()
    }
  })
})

const LIMIT = 5
const KB = 1024

/**
 * The booking form's limits as a client meets them, through the real Express server (its API road
 * routes `/api/%62ooking-requests`, `/api/./booking-requests` and more to the same handler, as Next.js does):
 * per client address, 5 requests per 10 minutes on every spelling of the URL, and bodies up to
 * 64 KB, chunked or not. Each test is a client of its own (its own 127.x.y.z address: the server
 * trusts no proxy, so X-Forwarded-For changes nothing), and what was stored is counted in the
 * database the server uses.
 */
describe('booking limits through the real Express server (development server)', () => {
  let ctx: TestContext
  let server: SpawnedServer
  let clients = 0

  beforeAll(async () => {
    // Payload in this process on the server's database: it creates the schema and counts.
    ctx = await bootPayload({ sqliteFile: true })
    server = await spawnServer({
      DATABASE_URI: ctx.database.uri,
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sb-guards-')),
      JOBS_AUTORUN: 'false',
      NODE_ENV: 'development',
      SEED_ON_START: 'false',
    })
    await waitForStatus(server, '/api/users/me', { timeoutMs: 170_000 })
  }, 240_000)

  afterAll(async () => {
    await server?.stop('SIGKILL')
    await ctx?.close()
  })

  /** An address of its own on the loopback network (Linux answers all of 127.0.0.0/8). */
  const newClient = () => {
    clients += 1
    return `127.1.${Math.floor(clients / 250)}.${(clients % 250) + 1}`
  }

  const storedFor = async (eventName: string) =>
    (
      await ctx.payload.count({
        collection: 'booking-requests',
        where: { eventName: { equals: eventName } },
      })
    ).totalDocs

  /** POSTs a booking, following Next.js's 308s (`//api/…`, a trailing slash) as a browser or bot would. */
  const postBooking = async ({
    body,
    client,
    headers = {},
    urlPath,
    waitBeforeBodyMs,
  }: {
    body: Buffer | Buffer[] | string
    client: string
    headers?: Record<string, string>
    urlPath: string
    waitBeforeBodyMs?: number
  }): Promise<RawAnswer> => {
    let answer: RawAnswer = { body: '', headers: {}, status: 0 }
    for (let hops = 0, next = urlPath; hops < 3; hops++) {
      answer = await rawRequest({
        baseUrl: server.baseUrl,
        body,
        headers: { 'content-type': 'application/json', ...headers },
        localAddress: client,
        path: next,
        waitBeforeBodyMs,
      })
      const location = answer.headers.location
      if (answer.status !== 308 || !location) break
      next = location
    }
    return answer
  }

  it("should store at most 5 of one client's requests to eight spellings of the form's URL, and answer the rest 429 with Retry-After, in the client's language", async () => {
    const client = newClient()
    const eventName = `Spellings ${client}`
    const body = JSON.stringify(validBooking({ eventName }))
    const spellings = [
      '/api/booking-requests',
      '/api/%62ooking-requests',
      '/api/booking%2Drequests',
      '/api/./booking-requests',
      '//api/booking-requests',
      '/api/booking-requests/',
      '/api/x/../booking-requests',
      '/api//booking-requests?depth=0',
    ]
    const answers: RawAnswer[] = []
    for (const [i, urlPath] of spellings.entries())
      answers.push(
        await postBooking({
          body,
          client,
          // Another address claimed each time: without TRUST_PROXY nobody believes it.
          headers: {
            'x-forwarded-for': `198.51.100.${i + 1}`,
            ...(i === spellings.length - 1 ? { 'accept-language': 'zh-CN' } : {}),
          },
          urlPath,
        }),
      )
    expect(answers.map(({ status }) => status)).toEqual([201, 201, 201, 201, 201, 429, 429, 429])
    expect(await storedFor(eventName)).toBe(LIMIT)
    for (const refused of answers.slice(LIMIT)) {
      const retryAfter = Number(refused.headers['retry-after'])
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(600)
    }
    expect(JSON.parse(answers[5].body).errors[0].message).toMatch(
      /^Too many booking requests from this address: please try again in \d+ minutes?\.$/,
    )
    expect(JSON.parse(answers[7].body).errors[0].message).toMatch(/预约申请过多/)
    // Spellings the API's routes do not match (as under Next.js) store nothing either.
    for (const urlPath of [
      '/API/booking-requests',
      '/api/Booking-requests',
      '/%61pi/booking-requests',
    ])
      expect((await postBooking({ body, client: newClient(), urlPath })).status).toBe(404)
    expect(await storedFor(eventName)).toBe(LIMIT)
  }, 60_000)

  it('should refuse a 20 MB body, storing nothing', async () => {
    const eventName = `Twenty megabytes ${Date.now()}`
    const json = JSON.stringify(validBooking({ eventName }))
    const total = 20 * KB * KB
    // Valid JSON (whitespace after the object): only its size is wrong. Sent in 64 KB writes.
    const padding = Buffer.alloc(64 * KB, 0x20)
    const chunks = [
      Buffer.from(json),
      ...Array.from({ length: total / padding.length }, () => padding),
    ]
    const answer = await postBooking({
      body: chunks,
      client: newClient(),
      headers: { 'content-length': String(chunks.reduce((n, c) => n + c.length, 0)) },
      urlPath: '/api/%62ooking-requests',
      waitBeforeBodyMs: 5_000,
    })
    expect(answer.status).toBe(413)
    expect(await storedFor(eventName)).toBe(0)
  }, 60_000)

  it('should refuse a chunked body over 64 KB on any spelling, storing nothing, and take one under it', async () => {
    const chunkedBooking = (eventName: string, bytes: number) => {
      const json = Buffer.from(JSON.stringify(validBooking({ eventName })))
      const padding = Buffer.alloc(bytes - json.length, 0x20)
      return [json, padding.subarray(0, 16 * KB), padding.subarray(16 * KB)]
    }
    for (const urlPath of ['/api/booking-requests', '/api/./booking%2drequests']) {
      const over = `Chunked over ${urlPath}`
      const answer = await postBooking({
        body: chunkedBooking(over, 100 * KB),
        client: newClient(),
        urlPath,
      })
      expect({ status: answer.status, urlPath }).toEqual({ status: 413, urlPath })
      expect(JSON.parse(answer.body).errors[0].message).toBe(
        'The request body is larger than 64 KB.',
      )
      expect(await storedFor(over)).toBe(0)
    }
    const under = `Chunked under ${Date.now()}`
    const taken = await postBooking({
      body: chunkedBooking(under, 60 * KB),
      client: newClient(),
      urlPath: '/api/%62ooking-requests',
    })
    expect(taken.status).toBe(201)
    expect(await storedFor(under)).toBe(1)
  }, 60_000)

  it("should never store more than 5 of one client's requests, whatever the spellings (fast-check, a few runs)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(bookingUrlSpellings, { maxLength: 8, minLength: 7 }),
        async (urlPaths) => {
          const client = newClient()
          const eventName = `Property ${client}`
          const body = JSON.stringify(validBooking({ eventName }))
          const statuses: number[] = []
          for (const urlPath of urlPaths)
            statuses.push((await postBooking({ body, client, urlPath })).status)
          for (const status of statuses) expect([201, 404, 429]).toContain(status)
          const accepted = statuses.filter((status) => status === 201).length
          expect(await storedFor(eventName)).toBe(accepted)
          const reached = statuses.filter((status) => status !== 404)
          expect(reached).toEqual(reached.map((_, i) => (i < LIMIT ? 201 : 429)))
        },
      ),
      { numRuns: Number(process.env.FAST_CHECK_SERVER_RUNS || 12) },
    )
  }, 120_000)
})
