import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { CLIENT_IP_HEADER } from '../../../src/vocabulary/clientIpHeader'
import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { bookingPathSpellings } from '../../helpers/urlSpellings'
import { validBooking } from '../security/world'

const LIMIT = 5

/**
 * The per-IP booking limit holds whatever spelling of `/api/booking-requests` a client uses, at the
 * level of the real REST handler (what Next.js calls once it has resolved a path): the limit is
 * counted where the request is known to create a booking, not matched on the URL. The same through
 * the real Express server and Next.js: test/int/bookingGuards.int.test.ts.
 */
describe('booking limit properties (fast-check, real REST handler)', () => {
  let ctx: TestContext
  let api: ApiClient
  let clients = 0

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: { bookings: { rateLimit: LIMIT } } })
    api = createApiClient(ctx.config)
  })

  afterAll(async () => {
    await ctx.close()
  })

  /** A client address never used before (the Express server sets the header from the socket). */
  const newClient = () => {
    clients += 1
    return `198.18.${Math.floor(clients / 250)}.${(clients % 250) + 1}`
  }

  it(`should never store more than ${LIMIT} requests of one client, whatever the spellings, and refuse only past the limit`, async () => {
    const seen = { 201: 0, 404: 0, 429: 0 }
    await fc.assert(
      fc.asyncProperty(
        fc.array(bookingPathSpellings, { maxLength: 12, minLength: 6 }),
        async (spellings) => {
          const client = newClient()
          const event = `Spelled-${client}`
          const statuses: number[] = []
          for (const path of spellings) {
            const response = await api.post(path, {
              body: validBooking({ eventName: event }),
              headers: { [CLIENT_IP_HEADER]: client },
            })
            statuses.push(response.status)
            if (response.status === 429)
              expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
          }
          const stored = (
            await ctx.payload.count({
              collection: 'booking-requests',
              where: { eventName: { equals: event } },
            })
          ).totalDocs
          for (const status of statuses) {
            expect([201, 404, 429]).toContain(status)
            seen[status as 201 | 404 | 429] += 1
          }
          const accepted = statuses.filter((status) => status === 201).length
          expect(stored).toBe(accepted)
          expect(accepted).toBeLessThanOrEqual(LIMIT)
          // Those that reached the form: the first LIMIT accepted, every later one refused.
          const reached = statuses.filter((status) => status !== 404)
          expect(reached).toEqual(reached.map((_, i) => (i < LIMIT ? 201 : 429)))
        },
      ),
      { numRuns: Number(process.env.FAST_CHECK_RUNS || 150) },
    )
    // Every outcome was exercised: accepted, refused for the limit, and spellings that lead nowhere.
    expect(seen[201]).toBeGreaterThan(50)
    expect(seen[429]).toBeGreaterThan(20)
    expect(seen[404]).toBeGreaterThan(5)
    // About 1,300 real bookings: 30–60 s on PostgreSQL; the timeout only guards against a hang.
  }, 180_000)
})
