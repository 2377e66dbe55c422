import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { ParsedMail } from 'mailparser'
import { createLocalReq } from 'payload'

import { CLIENT_IP_HEADER } from '../../src/vocabulary/clientIpHeader'
import { BOOKING_REFERENCE_PATTERN } from '../../src/bookings/bookingReference'
import { normalizeEmailAddress } from '../../src/bookings/normalizeEmailAddress'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bookingByReference } from '../helpers/bookings'
import { bootPayloadWithMail, type TestContext } from '../helpers/bootPayload'
import { drainQueue } from '../helpers/drainQueue'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { type SignedInUser, signInAs } from '../helpers/users'
import { validBooking } from './security/world'

const KB = 1024

/**
 * The booking form as a spammer would use it (issue 14, items 1, 6 and 7), at the level of the real
 * REST handler with mail through a real SMTP server: the per-IP limit and the 64 KB body limit on
 * Payload's side; answers that tell a honeypot from a real request apart, or count the bureau's
 * requests, no more; and acknowledgements that can neither be sent to one address again and again
 * nor carry anything the requester wrote. (The same limits through Express and Next.js:
 * bookingGuards.int.test.ts.)
 */
describe('booking form abuse', () => {
  let smtp: SmtpSink
  let ctx: TestContext
  let api: ApiClient
  let staff: SignedInUser
  let admin: SignedInUser
  let clients = 0

  beforeAll(async () => {
    smtp = await startSmtpSink()
    // The plugin's defaults: 5 requests per client IP per 10 minutes, 64 KB, 3 acknowledgements a day.
    ctx = await bootPayloadWithMail(smtp.port)
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
    staff = await signInAs(ctx.payload, 'staff')
  })

  afterAll(async () => {
    await ctx.close()
    await smtp.close()
  })

  beforeEach(async () => {
    await drainQueue(ctx.payload)
    smtp.messages.length = 0
  })

  /** A client address never used before, as the Express server would stamp it. */
  const newClient = () => `198.19.0.${++clients}`
  const fromClient = (client: string, extra: Record<string, string> = {}) => ({
    [CLIENT_IP_HEADER]: client,
    ...extra,
  })
  const submit = async (body: unknown, headers: Record<string, string> = {}, token?: string) => {
    const response = await api.post('/booking-requests', { body, headers, token })
    return { body: await response.json(), response, status: response.status }
  }
  const countWhere = async (eventName: string) =>
    (
      await ctx.payload.count({
        collection: 'booking-requests',
        where: { eventName: { equals: eventName } },
      })
    ).totalDocs
  const acknowledgements = () =>
    smtp.messages.filter((mail) => mail.subject?.startsWith('We received your speaker request'))
  const staffMails = () =>
    smtp.messages.filter((mail) => mail.subject?.startsWith('New speaker request'))

  describe("the per-IP limit and the body limit, on Payload's side", () => {
    it('should count honeypot answers too, so a bot meets the same 429 as anyone, with Retry-After', async () => {
      const client = newClient()
      for (let i = 0; i < 5; i++) {
        const { status } = await submit(
          validBooking({ website: 'http://spam.example' }),
          fromClient(client),
        )
        expect(status).toBe(201)
      }
      const bot = await submit(validBooking({ website: 'http://spam.example' }), fromClient(client))
      const person = await submit(validBooking({ eventName: 'After the bot' }), fromClient(client))
      for (const { body, response, status } of [bot, person]) {
        expect(status).toBe(429)
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
        expect(body.errors[0].message).toMatch(/Too many booking requests from this address/)
      }
      expect(await countWhere('After the bot')).toBe(0)
      const zh = await submit(validBooking(), fromClient(client, { 'accept-language': 'zh' }))
      expect(zh.body.errors[0].message).toMatch(/预约申请过多/)
    })

    it('should count a request once, though the endpoint and the create hook both see it', async () => {
      const client = newClient()
      for (let i = 0; i < 5; i++)
        expect(
          (await submit(validBooking({ eventName: `Once ${i}` }), fromClient(client))).status,
        ).toBe(201)
      expect((await submit(validBooking(), fromClient(client))).status).toBe(429)
    })

    it('should limit any other path that creates a request for a client (the create hook), and never our own code', async () => {
      const client = newClient()
      const create = async (i: number) => {
        const req = await createLocalReq(
          { req: { headers: new Headers({ [CLIENT_IP_HEADER]: client }) } },
          ctx.payload,
        )
        return ctx.payload.create({
          collection: 'booking-requests',
          data: validBooking({ eventName: `Other path ${i}` }),
          overrideAccess: false,
          req,
        })
      }
      for (let i = 0; i < 5; i++) await create(i)
      await expect(create(5)).rejects.toMatchObject({ status: 429 })
      // The Local API without a client (jobs, seeds, migrations) is not limited.
      for (let i = 0; i < 7; i++)
        await ctx.payload.create({
          collection: 'booking-requests',
          data: validBooking({ eventName: 'Our own code' }),
        })
      expect(await countWhere('Our own code')).toBe(7)
    })

    it('should not count staff typing in requests from the office, but count any other signed-in user', async () => {
      const client = newClient()
      for (let i = 0; i < 7; i++)
        expect(
          (await submit(validBooking({ eventName: 'Phoned in' }), fromClient(client), staff.token))
            .status,
        ).toBe(201)
      expect(await countWhere('Phoned in')).toBe(7)
      const editor = await signInAs(ctx.payload, 'editor')
      const statuses = []
      for (let i = 0; i < 6; i++)
        statuses.push(
          (await submit(validBooking({ eventName: 'Editor' }), fromClient(client), editor.token))
            .status,
        )
      expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
      expect(await countWhere('Editor')).toBe(5)
    })

    it("should refuse a body over 64 KB, with or without Content-Length, in the reader's language, and take one under it", async () => {
      const padded = (eventName: string, bytes: number) => {
        const json = JSON.stringify(validBooking({ eventName }))
        return json + ' '.repeat(bytes - json.length)
      }
      const asStream = (text: string) =>
        new ReadableStream<Uint8Array>({
          start: (controller) => {
            const bytes = new TextEncoder().encode(text)
            for (let at = 0; at < bytes.length; at += 8 * KB)
              controller.enqueue(bytes.subarray(at, at + 8 * KB))
            controller.close()
          },
        })
      const withLength = await submit(padded('Too big', 65 * KB), fromClient(newClient()))
      const chunked = await api.post('/booking-requests', {
        body: asStream(padded('Too big', 200 * KB)),
        headers: fromClient(newClient(), { 'accept-language': 'zh' }),
      })
      expect(withLength.status).toBe(413)
      expect(withLength.body.errors[0].message).toBe('The request body is larger than 64 KB.')
      expect(chunked.status).toBe(413)
      expect((await chunked.json()).errors[0].message).toMatch(/请求内容超过 64 KB/)
      expect(await countWhere('Too big')).toBe(0)
      const fits = await api.post('/booking-requests', {
        body: asStream(padded('Fits', 63 * KB)),
        headers: fromClient(newClient()),
      })
      expect(fits.status).toBe(201)
      expect(await countWhere('Fits')).toBe(1)
    })
  })

  it('should take many requests at once: counting never waits for a connection a request holds', async () => {
    // On PostgreSQL each create holds a pool connection in its transaction while its hooks count;
    // the counters have their own connections (databaseStore.ts), or 25 at once would stall for good.
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        submit(validBooking({ email: `crowd${i}@target.test`, eventName: 'Crowd' })),
      ),
    )
    expect(answers.map(({ status }) => status)).toEqual(answers.map(() => 201))
    expect(await countWhere('Crowd')).toBe(25)
  }, 30_000)

  describe('references instead of ids', () => {
    it('should answer a real request and a honeypot alike: same keys, same kind of reference, no id', async () => {
      const real = await submit(validBooking({ eventName: 'Real one' }))
      const bot = await submit(validBooking({ eventName: 'Bot', website: 'http://spam.example' }))
      for (const { body, status } of [real, bot]) {
        expect(status).toBe(201)
        expect(Object.keys(body).sort()).toEqual(['doc', 'message'])
        expect(Object.keys(body.doc).sort()).toEqual(['reference', 'status'])
        expect(body.doc.reference).toMatch(BOOKING_REFERENCE_PATTERN)
        expect(body.doc.status).toBe('received')
        expect(JSON.stringify(body)).not.toMatch(/"id"/)
      }
      expect(bot.body.message).toBe(real.body.message)
      expect(bot.response.headers.get('content-type')).toBe(
        real.response.headers.get('content-type'),
      )
      expect(await bookingByReference(ctx.payload, real.body.doc.reference)).toMatchObject({
        eventName: 'Real one',
      })
      expect(await bookingByReference(ctx.payload, bot.body.doc.reference)).toBeUndefined()
    })

    it('should give every request its own reference, refused twice by the database', async () => {
      const references: string[] = []
      for (let i = 0; i < 25; i++)
        references.push(
          (await submit(validBooking({ eventName: `Unique ${i}` }))).body.doc.reference,
        )
      expect(new Set(references).size).toBe(references.length)
      for (const reference of references) expect(reference).toMatch(BOOKING_REFERENCE_PATTERN)
      const [first, second] = await Promise.all(
        references.slice(0, 2).map((reference) => bookingByReference(ctx.payload, reference)),
      )
      await expect(
        ctx.payload.db.updateOne({
          collection: 'booking-requests',
          data: { reference: first!.reference },
          id: second!.id,
        }),
      ).rejects.toBeTruthy()
    })

    it('should set the reference itself whatever the body, the person or a later save says', async () => {
      const planted = 'BR-AAAAAAAA'
      const anonymous = await submit(validBooking({ eventName: 'Planted', reference: planted }))
      expect(anonymous.body.doc.reference).not.toBe(planted)
      const asStaff = await submit(validBooking({ reference: planted }), {}, staff.token)
      expect(asStaff.status).toBe(201)
      expect(asStaff.body.doc.reference).not.toBe(planted)
      const local = await ctx.payload.create({
        collection: 'booking-requests',
        data: validBooking({ reference: planted }),
      })
      expect(local.reference).not.toBe(planted)
      const stored = (await bookingByReference(ctx.payload, anonymous.body.doc.reference))!
      const patched = await api.patch(`/booking-requests/${stored.id}`, {
        body: { reference: planted, status: 'in_review' },
        token: admin.token,
      })
      expect(patched.status).toBe(200)
      await ctx.payload.update({
        collection: 'booking-requests',
        data: { reference: planted },
        id: stored.id,
      })
      const after = await ctx.payload.findByID({ collection: 'booking-requests', id: stored.id })
      expect(after).toMatchObject({ reference: stored.reference, status: 'in_review' })
      expect(await bookingByReference(ctx.payload, planted)).toBeUndefined()
    })

    it('should give staff and admins posting through the API the whole document, reference included', async () => {
      for (const user of [staff, admin]) {
        const { body, status } = await submit(
          validBooking({ eventName: 'Phoned in' }),
          {},
          user.token,
        )
        expect(status).toBe(201)
        expect(body.doc).toMatchObject({
          eventName: 'Phoned in',
          id: expect.anything(),
          status: 'new',
        })
        expect(body.doc.reference).toMatch(BOOKING_REFERENCE_PATTERN)
      }
      // The admin's create form sends multipart with the fields as JSON in `_payload`.
      const form = new FormData()
      form.append('_payload', JSON.stringify(validBooking({ eventName: 'From the admin' })))
      const fromAdmin = await api.post('/booking-requests', { body: form, token: staff.token })
      expect(fromAdmin.status).toBe(201)
      expect((await fromAdmin.json()).doc).toMatchObject({ eventName: 'From the admin' })
    })

    it('should show staff the reference in their mail', async () => {
      const { body } = await submit(validBooking({ eventName: 'Staff see it' }))
      await drainQueue(ctx.payload)
      const [mail] = staffMails()
      expect(mail.text).toContain(`Reference: ${body.doc.reference}`)
    })
  })

  describe('acknowledgements', () => {
    const mailText = (mail: ParsedMail) => `${mail.subject}\n${mail.text}\n${mail.html || ''}`

    it('should acknowledge one mailbox at most 3 times a day, however its address is written; later requests are stored and staff told', async () => {
      const spellings = [
        'victim@target.test',
        'Victim@Target.test',
        'victim+newsletter@target.test',
        'VICTIM+x@target.test',
      ]
      for (const [i, email] of spellings.entries())
        expect((await submit(validBooking({ email, eventName: `Relay ${i}` }))).status).toBe(201)
      const other = await submit(validBooking({ email: 'someone.else@target.test' }))
      await drainQueue(ctx.payload)
      await drainQueue(ctx.payload)
      const toVictim = acknowledgements().filter((mail) =>
        recipientsOf(mail).some(
          (address) => normalizeEmailAddress(address) === 'victim@target.test',
        ),
      )
      expect(toVictim).toHaveLength(3)
      for (let i = 0; i < spellings.length; i++) expect(await countWhere(`Relay ${i}`)).toBe(1)
      expect(staffMails().filter((mail) => mail.subject?.includes('Relay'))).toHaveLength(4)
      const toOther = acknowledgements().filter((mail) =>
        recipientsOf(mail).includes('someone.else@target.test'),
      )
      expect(toOther).toHaveLength(1)
      expect(toOther[0].text).toContain(other.body.doc.reference)
    })

    it('should carry only fixed text, the reference and the event day and time, in English and Chinese; staff get the details', async () => {
      const spam = {
        audienceDescription: 'CHEAP-PILLS audience',
        contactName: 'Click https://spam.example/contact now',
        email: 'ack-check@target.test',
        eventLocation: 'Spamtown https://spam.example/location',
        eventName: 'WIN A PRIZE https://spam.example/event',
        howDidYouHear: 'spam.example/heard',
        jobTitle: 'Buy now at spam.example',
        message: 'Your account is locked: log in at https://spam.example/phish',
        organization: 'Totally Your Bank (spam.example)',
        phone: '+1 555 0100',
      }
      // The start time is HH:mm and its zone an IANA name: no room for words.
      const timeSpam = await submit(
        validBooking({ ...spam, eventName: 'Time spam', eventTime: '9am visit spam.example' }),
      )
      expect(timeSpam.status).toBe(400)
      expect(JSON.stringify(timeSpam.body)).toContain('eventTime')
      expect(await countWhere('Time spam')).toBe(0)
      const { body } = await submit(
        validBooking({
          ...spam,
          eventDate: '2030-05-20',
          eventTime: '18:30',
          eventTimeZone: 'Asia/Shanghai',
        }),
      )
      await drainQueue(ctx.payload)
      const [ack] = acknowledgements()
      expect(recipientsOf(ack)).toEqual(['ack-check@target.test'])
      const text = mailText(ack)
      for (const [field, value] of Object.entries(spam)) {
        if (field === 'email') continue
        expect({ field, leaked: text.includes(value) }).toEqual({ field, leaked: false })
      }
      expect(text).not.toMatch(/spam\.example|PILLS|PRIZE/i)
      expect(text).toContain(body.doc.reference)
      expect(text).toContain('Event date: 20 May 2030, 18:30 (Asia/Shanghai)')
      expect(text).toContain('活动日期：2030年5月20日 18:30 (Asia/Shanghai)')
      expect(text).toMatch(/we have received a speaker request/)
      expect(text).toMatch(/我们已收到/)
      const [toStaff] = staffMails()
      expect(toStaff.subject).toContain(spam.eventName)
      expect(toStaff.text).toContain(spam.message)
    })
  })
})

describe('normalizeEmailAddress', () => {
  it.each([
    ['Mei@Events.Test', 'mei@events.test'],
    [' mei+summit@events.test ', 'mei@events.test'],
    ['m.e.i@gmail.com', 'mei@gmail.com'],
    ['M.E.I+x@GoogleMail.com', 'mei@gmail.com'],
    ['first.last@events.test', 'first.last@events.test'],
    ['+tag@events.test', '+tag@events.test'],
  ])('should count %s as %s', (address, mailbox) => {
    expect(normalizeEmailAddress(address)).toBe(mailbox)
  })
})
