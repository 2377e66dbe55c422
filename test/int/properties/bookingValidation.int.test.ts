import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bookingByReference } from '../../helpers/bookings'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'

const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** Any JSON value a client could send for a field. */
const junk = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 3 }),
)

/** A field that is mostly plausible, sometimes junk, sometimes missing. */
const field = <T>(plausible: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: plausible, weight: 40 },
    { arbitrary: junk, weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  )

/** IANA zone names an event may be in. */
const ZONES = ['America/Los_Angeles', 'Asia/Shanghai', 'Europe/London', 'Pacific/Kiritimati', 'UTC']

const emailLike = fc.oneof(
  { arbitrary: fc.emailAddress(), weight: 5 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 1 },
)

describe('booking validation properties (fast-check)', () => {
  let ctx: TestContext
  let api: ApiClient
  let speakerIds: (number | string)[]
  let topicIds: (number | string)[]

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    speakerIds = []
    topicIds = []
    for (const name of ['Internet', 'Finance'])
      topicIds.push((await ctx.payload.create({ collection: 'topics', data: { name } })).id)
    for (const name of ['Public One', 'Public Two']) {
      const speaker = await ctx.payload.create({
        collection: 'speakers',
        data: { _status: 'published', name },
      })
      speakerIds.push(speaker.id)
    }
  })

  afterAll(async () => {
    await ctx.close()
  })

  const nonBlank = (maxLength: number) =>
    fc.string({ maxLength, minLength: 1 }).filter((value) => value.trim() !== '')

  /** Bodies a real form sends: always valid, so the 201 branch is exercised on every run. */
  const validBodies = () =>
    fc.record({
      consent: fc.constant(true),
      contactName: nonBlank(120),
      email: fc.constantFrom('mei@events.test', 'booking.desk@summit.example', 'x+y@z.org'),
      eventDate: fc.integer({ max: 400, min: 1 }).map(inDays),
      eventLocation: nonBlank(200),
      eventName: nonBlank(200),
      message: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
      speakers: fc.option(fc.uniqueArray(fc.constantFrom(...speakerIds), { maxLength: 2 }), {
        nil: undefined,
      }),
    })

  /** Anything: plausible values mixed with junk and missing fields. */
  const anyBodies = () =>
    fc.record(
      {
        audienceDescription: field(fc.string({ maxLength: 2100 })),
        audienceSize: field(fc.integer({ max: 200_000, min: -10 })),
        budgetBand: field(
          fc.constantFrom('under_5k', '10k_20k', 'on_request', '5k_10k', '20k_30k', 'gold-bars'),
        ),
        consent: field(fc.constantFrom(true, true, true, false, 'yes')),
        contactName: field(fc.string({ maxLength: 140, minLength: 1 })),
        durationMinutes: field(fc.integer({ max: 700, min: 0 })),
        email: field(emailLike),
        // Days, old clients' timestamps of days, and days that do not exist.
        eventDate: field(
          fc.oneof(
            { arbitrary: fc.integer({ max: 400, min: -20 }).map(inDays), weight: 6 },
            {
              arbitrary: fc.integer({ max: 400, min: 1 }).map((d) => `${inDays(d)}T23:30:00-08:00`),
              weight: 2,
            },
            { arbitrary: fc.constantFrom('2031-02-30', '2031-13-01', '31-05-2031'), weight: 1 },
          ),
        ),
        eventLocation: field(fc.string({ maxLength: 220, minLength: 1 })),
        eventName: field(fc.string({ maxLength: 220, minLength: 1 })),
        eventTime: field(
          fc.oneof(
            { arbitrary: fc.stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/), weight: 8 },
            { arbitrary: fc.string({ maxLength: 50 }), weight: 1 },
          ),
        ),
        eventTimeZone: field(fc.constantFrom(...ZONES, 'Mars/Olympus', 'GMT+8')),
        format: field(
          fc.constantFrom('in_person', 'virtual', 'hybrid', 'in_person', 'virtual', 'telepathy'),
        ),
        howDidYouHear: field(fc.string({ maxLength: 210 })),
        jobTitle: field(fc.string({ maxLength: 130 })),
        message: field(fc.string({ maxLength: 300 })),
        organization: field(fc.string({ maxLength: 170 })),
        phone: field(fc.stringMatching(/^[0-9+() -]{3,45}$/)),
        sessionType: field(
          fc.constantFrom('keynote', 'panel', 'workshop', 'fireside_chat', 'séance'),
        ),
        speakers: field(
          fc.array(
            fc.oneof(
              { arbitrary: fc.constantFrom(...speakerIds), weight: 20 },
              { arbitrary: fc.integer({ max: 99_999, min: 1 }), weight: 1 },
            ),
            { maxLength: 7 },
          ),
        ),
        topics: field(
          fc.array(
            fc.oneof(
              { arbitrary: fc.constantFrom(...topicIds), weight: 20 },
              { arbitrary: fc.integer({ max: 99_999, min: -1 }), weight: 1 },
            ),
            { maxLength: 12 },
          ),
        ),
        travelCovered: field(fc.boolean()),
      },
      { requiredKeys: [] },
    )

  const bodies = () =>
    fc.oneof(
      { arbitrary: validBodies(), weight: 1 },
      { arbitrary: anyBodies() as fc.Arbitrary<Record<string, unknown>>, weight: 2 },
    )

  it('should answer every body with a 201 and a valid stored record, or a 400 naming a field and nothing stored — never a 500', async () => {
    const seen = { 201: 0, 400: 0 }
    await fc.assert(
      fc.asyncProperty(bodies(), async (body) => {
        const before = (await ctx.payload.count({ collection: 'booking-requests' })).totalDocs
        const response = await api.post('/booking-requests', { body })
        const json = await response.json()
        const after = (await ctx.payload.count({ collection: 'booking-requests' })).totalDocs
        expect([201, 400]).toContain(response.status)
        seen[response.status as 201 | 400] += 1
        if (response.status === 400) {
          expect(after).toBe(before)
          const paths = (json.errors ?? []).flatMap(
            (error: { data?: { errors?: { path?: string }[] } }) =>
              (error.data?.errors ?? []).map(({ path }) => path),
          )
          expect(paths.filter(Boolean).length).toBeGreaterThan(0)
          return
        }
        expect(after).toBe(before + 1)
        const stored = (await bookingByReference(ctx.payload, json.doc.reference))!
        expect(stored.status).toBe('new')
        // Stored only with consent given, stamped by the server.
        expect(body.consent).toBe(true)
        expect(stored.consent).toBe(true)
        expect(stored.consentRecord?.givenAt).toBeTruthy()
        expect(stored.contactName).toBe(body.contactName)
        expect(typeof stored.contactName === 'string' && stored.contactName.length > 0).toBe(true)
        expect(stored.email).toBe(body.email)
        expect(stored.email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/)
        expect(stored.eventName).toBe(body.eventName)
        // A day, the one sent (a timestamp's literal date part), today or later.
        expect(stored.eventDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(stored.eventDate).toBe(String(body.eventDate).slice(0, 10))
        expect(stored.eventDate >= inDays(-1)).toBe(true)
        // A start time is HH:mm and always comes with a known zone.
        if (stored.eventTime) {
          expect(stored.eventTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/)
          expect(ZONES).toContain(stored.eventTimeZone)
        }
        expect((stored.speakers ?? []).length).toBeLessThanOrEqual(5)
        for (const id of stored.speakers ?? []) expect(speakerIds.map(String)).toContain(String(id))
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS || 150) },
    )
    // Both answers were exercised (the generator is not all junk, nor all valid).
    expect(seen[201]).toBeGreaterThan(5)
    expect(seen[400]).toBeGreaterThan(5)
  })
})
