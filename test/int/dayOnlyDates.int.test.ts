import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { configToJSONSchema, ValidationError } from 'payload'

import {
  dayToLocalDate,
  formatDay,
  isDay,
  localDateToDay,
  normalizeDayInput,
  parseDay,
} from '../../src/dates/day'
import { requesterAcknowledgement, staffBookingEmail } from '../../src/bookings/bookingEmails'
import { formatEventTime, isEventTime, isTimeZone } from '../../src/dates/eventTime'
import type { BookingRequest } from '../../src/payload-types'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bookingByReference } from '../helpers/bookings'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'

type Id = number | string

/** Zones at the edges: +14, +13 in December, −10, −11, and the two staff zones of issue 15. */
const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Auckland',
  'America/Adak',
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'Asia/Shanghai',
]

/** Runs `body` with the process's zone set to `zone` (Node re-reads TZ when it is assigned). */
const inZone = <T>(zone: string, body: () => T): T => {
  const before = process.env.TZ
  process.env.TZ = zone
  try {
    return body()
  } finally {
    if (before === undefined) delete process.env.TZ
    else process.env.TZ = before
  }
}

describe('day-only values: the pure functions', () => {
  it('should accept only days that exist, as YYYY-MM-DD', () => {
    expect(parseDay('2030-05-20')).toEqual({ day: 20, month: 5, year: 2030 })
    expect(['2028-02-29', '2030-12-31', '0999-01-01'].every(isDay)).toBe(true)
    for (const bad of [
      '2030-02-29',
      '2030-02-30',
      '2030-13-01',
      '2030-00-10',
      '2030-04-31',
      '2030-5-20',
      '20/05/2030',
      '2030-05-20T00:00:00Z',
      '',
      20300520,
      null,
    ])
      expect({ bad, isDay: isDay(bad) }).toEqual({ bad, isDay: false })
  })

  it("should reduce an old client's timestamp to its literal date part and leave anything else for validation", () => {
    expect(normalizeDayInput('2030-05-20T00:00:00.000Z')).toBe('2030-05-20')
    // The date the client wrote, not the UTC day of the instant (2030-05-20T00:00Z).
    expect(normalizeDayInput('2030-05-19T17:00:00-07:00')).toBe('2030-05-19')
    expect(normalizeDayInput(' 2030-05-20 ')).toBe('2030-05-20')
    expect(normalizeDayInput('')).toBeNull()
    expect(normalizeDayInput('next Tuesday')).toBe('next Tuesday')
    // Only a timestamp is cut: anything after the T must be a time (then validation refuses it).
    expect(normalizeDayInput('2027-08-01Tjunk')).toBe('2027-08-01Tjunk')
    expect(normalizeDayInput('2030-05-20T09:30')).toBe('2030-05-20')
    expect(normalizeDayInput(20300520)).toBe(20300520)
  })

  it('should format a day with its year in English and Chinese, the same in every zone', () => {
    for (const zone of ZONES) {
      inZone(zone, () => {
        expect(formatDay('2030-05-20', 'en')).toBe('20 May 2030')
        expect(formatDay('2030-05-20', 'zh')).toBe('2030年5月20日')
        expect(formatDay('2013-03-14', 'en')).toBe('14 Mar 2013')
        expect(formatDay('2030-12-31', 'en')).toBe('31 Dec 2030')
      })
    }
  })

  it('should give the date picker the same day in every browser zone, and read back the day picked', () => {
    for (const zone of ZONES) {
      for (const day of ['2030-05-20', '2030-12-15', '2031-01-01', '2030-03-10', '2030-11-03']) {
        inZone(zone, () => {
          const local = dayToLocalDate(day)!
          expect({ day, shown: local.getDate(), zone }).toEqual({
            day,
            shown: Number(day.slice(8)),
            zone,
          })
          expect({ day, zone, back: localDateToDay(local) }).toEqual({ day, zone, back: day })
        })
      }
    }
  })

  it('should take HH:mm times and IANA zone names only', () => {
    expect(['00:00', '09:30', '23:59'].every(isEventTime)).toBe(true)
    expect(['9:30', '24:00', '9am', '09:60', '09:30:00', ''].some(isEventTime)).toBe(false)
    expect(
      [
        'Asia/Shanghai',
        'America/Los_Angeles',
        'UTC',
        'Asia/Kolkata',
        'America/Argentina/Salta',
      ].every(isTimeZone),
    ).toBe(true)
    expect(
      ['Mars/Olympus', 'GMT+8', 'asia/shanghai', 'Asia/Shanghai; rm', ''].some(isTimeZone),
    ).toBe(false)
    expect(formatEventTime('18:30', 'Asia/Shanghai')).toBe('18:30 (Asia/Shanghai)')
  })

  it("should write mails' event day from the string, whatever the server's zone", () => {
    const request = {
      consent: true,
      contactName: 'Mei',
      email: 'mei@events.test',
      eventDate: '2030-05-20',
      eventName: 'Summit',
      eventTime: '09:00',
      eventTimeZone: 'Asia/Shanghai',
      reference: 'BR-TEST',
    } as BookingRequest
    for (const zone of ['Pacific/Pago_Pago', 'Pacific/Kiritimati']) {
      inZone(zone, () => {
        expect(staffBookingEmail(request, 'http://x').text).toContain(
          'Summit on 20 May 2030, 09:00 (Asia/Shanghai)',
        )
        const ack = requesterAcknowledgement(request).text
        expect(ack).toContain('Event date: 20 May 2030, 09:00 (Asia/Shanghai)')
        expect(ack).toContain('活动日期：2030年5月20日 09:00 (Asia/Shanghai)')
      })
    }
  })
})

describe('day-only values through the API', () => {
  let ctx: TestContext
  let api: ApiClient
  let staff: SignedInUser
  let editor: SignedInUser
  let speakerId: Id
  const serverZone = process.env.TZ

  beforeAll(async () => {
    // The server far east of UTC: an instant at midnight UTC is the 21st here.
    process.env.TZ = 'Pacific/Kiritimati'
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    staff = await signInAs(ctx.payload, 'staff')
    editor = await signInAs(ctx.payload, 'editor')
    speakerId = (
      await ctx.payload.create({
        collection: 'speakers',
        data: { _status: 'published', name: 'Day Speaker' },
      })
    ).id
  })

  afterAll(async () => {
    await ctx.close()
    if (serverZone === undefined) delete process.env.TZ
    else process.env.TZ = serverZone
  })

  const booking = (overrides: Record<string, unknown> = {}) => ({
    consent: true,
    contactName: 'Mei Organiser',
    email: 'mei@events.test',
    eventDate: '2030-05-20',
    eventLocation: 'Shanghai',
    eventName: 'Day test',
    ...overrides,
  })

  /** Through the public form endpoint, as anonymous; the stored request, read back raw. */
  const submit = async (body: Record<string, unknown>) => {
    const response = await api.post('/booking-requests', { body })
    const json = await response.json()
    const stored =
      response.status === 201
        ? await bookingByReference(ctx.payload, json.doc.reference)
        : undefined
    return { json, status: response.status, stored }
  }

  const countNamed = async (eventName: string) =>
    (
      await ctx.payload.count({
        collection: 'booking-requests',
        where: { eventName: { equals: eventName } },
      })
    ).totalDocs

  const errorPaths = (json: { errors?: { data?: { errors?: { path: string }[] } }[] }) =>
    (json.errors ?? []).flatMap((error) => (error.data?.errors ?? []).map(({ path }) => path))

  it('should store and answer the day sent, as YYYY-MM-DD, on REST, GraphQL and the Local API', async () => {
    const { stored, status } = await submit(booking({ eventName: 'Stored as sent' }))
    expect(status).toBe(201)
    expect(stored!.eventDate).toBe('2030-05-20')
    const rest = await (
      await api.get(`/booking-requests/${stored!.id}`, { token: staff.token })
    ).json()
    expect(rest.eventDate).toBe('2030-05-20')
    const graphql = await api.graphql(
      `query ($name: String) { BookingRequests(where: { eventName: { equals: $name } }) { docs { eventDate } } }`,
      { token: staff.token, variables: { name: 'Stored as sent' } },
    )
    expect(graphql.data?.BookingRequests.docs).toEqual([{ eventDate: '2030-05-20' }])
    const local = await ctx.payload.create({
      collection: 'booking-requests',
      data: booking({ eventDate: '2031-01-01', eventName: 'Local day' }) as never,
    })
    expect(local.eventDate).toBe('2031-01-01')
    expect(
      (await ctx.payload.findByID({ collection: 'booking-requests', id: local.id })).eventDate,
    ).toBe('2031-01-01')
  })

  it("should reduce an old client's timestamp to its date part", async () => {
    for (const [sent, day] of [
      ['2030-05-20T00:00:00.000Z', '2030-05-20'],
      ['2030-05-19T17:00:00-07:00', '2030-05-19'],
    ]) {
      const { stored, status } = await submit(
        booking({ eventDate: sent, eventName: `Old ${sent}` }),
      )
      expect({ sent, status, stored: stored?.eventDate }).toEqual({
        sent,
        status: 201,
        stored: day,
      })
    }
  })

  it.each([
    ['an impossible day', { eventDate: '2030-02-30' }, 'eventDate'],
    ['a month 13', { eventDate: '2030-13-01' }, 'eventDate'],
    ['words', { eventDate: 'next Tuesday' }, 'eventDate'],
    ['a day first', { eventDate: '20/05/2030' }, 'eventDate'],
    ['a past day', { eventDate: '2020-01-01' }, 'eventDate'],
    ['no day', { eventDate: '' }, 'eventDate'],
    ['a number', { eventDate: 20300520 }, 'eventDate'],
    [
      'a free-text time',
      { eventTime: '9am, after coffee', eventTimeZone: 'Asia/Shanghai' },
      'eventTime',
    ],
    ['a 12-hour time', { eventTime: '9:30', eventTimeZone: 'Asia/Shanghai' }, 'eventTime'],
    ['a time without a zone', { eventTime: '09:30' }, 'eventTimeZone'],
    ['an unknown zone', { eventTime: '09:30', eventTimeZone: 'Mars/Olympus' }, 'eventTimeZone'],
    ['an offset for a zone', { eventTime: '09:30', eventTimeZone: '+08:00' }, 'eventTimeZone'],
  ])(
    'should refuse %s with 400 naming the field, storing nothing',
    async (label, overrides, path) => {
      const eventName = `Refused ${label}`
      const { json, status } = await submit(booking({ ...overrides, eventName }))
      expect({ label, status }).toEqual({ label, status: 400 })
      expect(errorPaths(json)).toContain(path)
      expect(await countNamed(eventName)).toBe(0)
    },
  )

  it('should store a start time with its zone', async () => {
    const { stored } = await submit(
      booking({ eventName: 'Timed', eventTime: '18:30', eventTimeZone: 'America/Los_Angeles' }),
    )
    expect(stored).toMatchObject({
      eventDate: '2030-05-20',
      eventTime: '18:30',
      eventTimeZone: 'America/Los_Angeles',
    })
  })

  it('should let staff save a request whose event has passed or whose time predates HH:mm, the way the admin form sends it', async () => {
    const { stored } = await submit(booking({ eventName: 'From the past' }))
    // As the request stands in a database from before: an old day and a typed time, no zone.
    await ctx.payload.db.updateOne({
      collection: 'booking-requests',
      data: { eventDate: '2024-02-01', eventTime: 'after lunch' },
      id: stored!.id,
      req: undefined,
    })
    const current = await (
      await api.get(`/booking-requests/${stored!.id}?depth=0`, { token: staff.token })
    ).json()
    const response = await api.patch(`/booking-requests/${stored!.id}?depth=0`, {
      body: { ...current, status: 'in_review' },
      token: staff.token,
    })
    expect(response.status).toBe(200)
    const after = await ctx.payload.findByID({
      collection: 'booking-requests',
      depth: 0,
      id: stored!.id,
    })
    expect(after).toMatchObject({
      eventDate: '2024-02-01',
      eventTime: 'after lunch',
      status: 'in_review',
    })
  })

  it('should filter and sort by day on REST (ranges) and GraphQL (equality, like)', async () => {
    const days = ['2032-03-01', '2031-12-31', '2032-01-15', '2033-07-04', '2032-12-31']
    for (const day of days) await submit(booking({ eventDate: day, eventName: `Sorted ${day}` }))
    const response = await api.get(
      '/booking-requests?where[eventName][like]=Sorted&where[eventDate][greater_than_equal]=2032-01-01&where[eventDate][less_than]=2033-01-01&sort=eventDate&depth=0',
      { token: staff.token },
    )
    expect(response.status).toBe(200)
    expect((await response.json()).docs.map((doc: BookingRequest) => doc.eventDate)).toEqual([
      '2032-01-15',
      '2032-03-01',
      '2032-12-31',
    ])
    // GraphQL's text operators have no ranges (Payload's schema): equality, lists and like.
    const descending = await api.graphql(
      `{ BookingRequests(where: { eventName: { like: "Sorted" }, eventDate: { like: "2032-" } }, sort: "-eventDate") { docs { eventDate } } }`,
      { token: staff.token },
    )
    expect(
      descending.data?.BookingRequests.docs.map((doc: BookingRequest) => doc.eventDate),
    ).toEqual(['2032-12-31', '2032-03-01', '2032-01-15'])
    const exact = await api.get('/booking-requests?where[eventDate][equals]=2031-12-31&depth=0', {
      token: staff.token,
    })
    expect((await exact.json()).docs.map((doc: BookingRequest) => doc.eventName)).toEqual([
      'Sorted 2031-12-31',
    ])
  })

  it('should refuse a filter on a day that is not a day, with 400 naming it', async () => {
    for (const value of ['notadate', '2030-02-30', '2030-05-20T00:00:00.000Z']) {
      const response = await api.get(
        `/booking-requests?where[eventDate][greater_than]=${encodeURIComponent(value)}`,
        {
          token: staff.token,
        },
      )
      expect({ status: response.status, value }).toEqual({ status: 400, value })
      expect((await response.json()).errors[0].message).toContain('where[eventDate][greater_than]')
    }
  })

  describe("an interview's original date", () => {
    const interviewData = (originalDate: unknown, title: string) => ({
      source: { originalDate, publication: 'The Paper' },
      speakers: [speakerId],
      title,
    })

    it('should be stored and answered as YYYY-MM-DD, drafts and versions included', async () => {
      const response = await api.post('/interviews?draft=true', {
        body: interviewData('2013-03-14', 'A 2013 reprint'),
        token: editor.token,
      })
      expect(response.status).toBe(201)
      const { doc } = await response.json()
      expect(doc.source.originalDate).toBe('2013-03-14')
      const stored = await ctx.payload.findByID({
        collection: 'interviews',
        draft: true,
        id: doc.id,
      })
      expect(stored.source?.originalDate).toBe('2013-03-14')
      const { docs: versions } = await ctx.payload.findVersions({
        collection: 'interviews',
        where: { parent: { equals: doc.id } },
      })
      expect(versions.map((version) => version.version.source?.originalDate)).toEqual([
        '2013-03-14',
      ])
      const graphql = await api.graphql(
        `query ($id: Int!) { Interview(id: $id, draft: true) { source { originalDate } } }`,
        { token: editor.token, variables: { id: doc.id } },
      )
      expect(graphql.data?.Interview.source.originalDate).toBe('2013-03-14')
      const filtered = await api.get(
        `/interviews?draft=true&where[source.originalDate][less_than]=2014-01-01&where[id][equals]=${doc.id}`,
        { token: editor.token },
      )
      expect((await filtered.json()).docs.map((each: { id: Id }) => each.id)).toEqual([doc.id])
    })

    it('should reduce a timestamp and refuse a day that does not exist, on REST, GraphQL and the Local API', async () => {
      const created = await ctx.payload.create({
        collection: 'interviews',
        data: interviewData('2013-03-14T00:00:00.000Z', 'Old client') as never,
        draft: true,
        overrideAccess: false,
        user: editor.user,
      })
      expect(created.source?.originalDate).toBe('2013-03-14')
      const before = await ctx.payload.count({ collection: 'interviews' })
      const rest = await api.post('/interviews?draft=true', {
        body: interviewData('2013-02-30', 'Impossible REST'),
        token: editor.token,
      })
      expect(rest.status).toBe(400)
      expect(errorPaths(await rest.json())).toContain('source.originalDate')
      const graphql = await api.graphql(
        `mutation ($data: mutationInterviewInput!) { createInterview(data: $data, draft: true) { id } }`,
        {
          token: editor.token,
          variables: { data: interviewData('14 March 2013', 'Impossible GraphQL') },
        },
      )
      expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(400)
      await expect(
        ctx.payload.update({
          collection: 'interviews',
          data: { source: { originalDate: '2013-04-31' } } as never,
          draft: true,
          id: created.id,
          overrideAccess: false,
          user: editor.user,
        }),
      ).rejects.toBeInstanceOf(ValidationError)
      expect(await ctx.payload.count({ collection: 'interviews' })).toEqual(before)
      const after = await ctx.payload.findByID({
        collection: 'interviews',
        draft: true,
        id: created.id,
      })
      expect(after.source?.originalDate).toBe('2013-03-14')
    })
  })

  it('should describe day fields as strings in date format in the JSON schema', async () => {
    const schema = configToJSONSchema(await ctx.config)
    const definitions = schema.definitions as Record<string, any>
    expect(definitions['booking-requests'].properties.eventDate).toMatchObject({
      format: 'date',
      type: 'string',
    })
    expect(definitions.interviews.properties.source.properties.originalDate).toMatchObject({
      format: 'date',
    })
  })
})
