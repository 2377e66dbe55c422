import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { BOOKING_REFERENCE_PATTERN } from '../../src/bookings/bookingReference'
import { BOOKING_TASKS } from '../../src/vocabulary/taskNames'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bookingByReference } from '../helpers/bookings'
import { bootPayloadWithMail, type TestContext } from '../helpers/bootPayload'
import { drainQueue, makeDue } from '../helpers/drainQueue'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { type SignedInUser, signInAs } from '../helpers/users'
import { startWebhookSink, type WebhookSink } from '../helpers/webhookSink'

type Id = number | string

const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

describe('booking requests', () => {
  let smtp: SmtpSink
  let webhook: WebhookSink
  let ctx: TestContext
  let api: ApiClient
  const users = {} as Record<'admin' | 'editor' | 'reviewer' | 'staff' | 'staff2', SignedInUser>
  const publishedSpeakers: Id[] = []
  let draftSpeaker: Id

  beforeAll(async () => {
    smtp = await startSmtpSink()
    webhook = await startWebhookSink()
    ctx = await bootPayloadWithMail(smtp.port, {
      // Every request here comes from one address; its daily limit is tested in bookingAbuse.
      bookings: { acknowledgementsPerDay: 1000, slaHours: 24 },
      notifications: { bookingWebhookUrl: webhook.url, staffEmails: ['bookings@bureau.test'] },
    })
    api = createApiClient(ctx.config)
    users.admin = await signInAs(ctx.payload, 'admin')
    users.editor = await signInAs(ctx.payload, 'editor')
    users.reviewer = await signInAs(ctx.payload, 'reviewer')
    users.staff = await signInAs(ctx.payload, 'staff')
    users.staff2 = await signInAs(ctx.payload, 'staff')
    for (let i = 0; i < 6; i++) {
      const speaker = await ctx.payload.create({
        collection: 'speakers',
        data: { _status: 'published', name: `Bookable ${i}` },
      })
      publishedSpeakers.push(speaker.id)
    }
    draftSpeaker = (
      await ctx.payload.create({ collection: 'speakers', data: { name: 'Not yet public' } })
    ).id
  })

  afterAll(async () => {
    await ctx.close()
    await smtp.close()
    await webhook.close()
  })

  beforeEach(async () => {
    await drainQueue(ctx.payload)
    smtp.messages.length = 0
    webhook.received.length = 0
  })

  const validBody = (overrides: Record<string, unknown> = {}) => ({
    audienceSize: 250,
    budgetBand: '10k_20k',
    consent: true,
    contactName: 'Mei Organiser',
    email: 'mei@events.test',
    eventDate: inDays(60),
    eventLocation: 'Shanghai, China',
    eventName: 'Digital China Summit',
    format: 'in_person',
    message: 'We would love a keynote on Chinese social media.',
    organization: 'Summit Events',
    sessionType: 'keynote',
    speakers: [publishedSpeakers[0]],
    ...overrides,
  })
  const requestCount = async () =>
    (await ctx.payload.count({ collection: 'booking-requests' })).totalDocs
  const jobCount = async () => (await ctx.payload.count({ collection: 'payload-jobs' })).totalDocs
  /** Posts the public form; `id` is the stored request's, found by the reference in the answer. */
  const submit = async (body: unknown) => {
    const response = await api.post('/booking-requests', { body })
    const json = await response.json()
    const stored = json.doc?.reference
      ? await bookingByReference(ctx.payload, json.doc.reference)
      : undefined
    return { body: json, id: stored?.id as Id, status: response.status }
  }

  describe('public intake', () => {
    it('should accept a request and answer with its reference and "received" only', async () => {
      const { body, id, status } = await submit(validBody())
      expect(status).toBe(201)
      expect(Object.keys(body.doc).sort()).toEqual(['reference', 'status'])
      expect(body.doc.reference).toMatch(BOOKING_REFERENCE_PATTERN)
      expect(body.doc.status).toBe('received')
      const stored = await ctx.payload.findByID({ collection: 'booking-requests', id })
      expect(stored).toMatchObject({ eventName: 'Digital China Summit', status: 'new' })
      expect(stored.source?.receivedAt).toEqual(expect.any(String))
    })

    it('should ignore staff fields sent by the public, storing none of them', async () => {
      const { id, status } = await submit(
        validBody({
          assignee: users.staff.user.id,
          internalNotes: [{ note: 'VIP, skip the queue' }],
          source: { ipHash: 'forged' },
          status: 'confirmed',
          statusHistory: [{ from: 'new', to: 'confirmed' }],
        }),
      )
      expect(status).toBe(201)
      const stored = await ctx.payload.findByID({
        collection: 'booking-requests',
        depth: 0,
        id,
      })
      expect(stored.status).toBe('new')
      expect(stored.assignee ?? null).toBeNull()
      expect(stored.internalNotes ?? []).toEqual([])
      expect(stored.statusHistory ?? []).toEqual([])
      expect(stored.source?.ipHash).not.toBe('forged')
    })

    const longText = (n: number) => 'x'.repeat(n)
    it.each([
      ['a missing contact name', { contactName: undefined }, 'contactName'],
      ['a missing email', { email: undefined }, 'email'],
      ['an invalid email', { email: 'not-an-email' }, 'email'],
      ['an operator instead of an email', { email: { $gt: '' } }, 'email'],
      ['a missing event name', { eventName: undefined }, 'eventName'],
      ['a past event date', { eventDate: '2020-01-01' }, 'eventDate'],
      ['an unknown format', { format: 'teleport' }, 'format'],
      ['an unknown session type', { sessionType: 'rap_battle' }, 'sessionType'],
      ['an unknown budget band', { budgetBand: 'lots' }, 'budgetBand'],
      ['no location for an in-person event', { eventLocation: undefined }, 'eventLocation'],
      ['an audience of zero', { audienceSize: 0 }, 'audienceSize'],
      ['an over-long message', { message: longText(5001) }, 'message'],
      ['an over-long name', { contactName: longText(121) }, 'contactName'],
    ])(
      'should refuse %s with 400 naming the field, storing nothing',
      async (_label, overrides, field) => {
        const before = await requestCount()
        const { body, status } = await submit(validBody(overrides))
        expect(status).toBe(400)
        expect(body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain(field)
        expect(await requestCount()).toBe(before)
      },
    )

    it('should refuse draft, unknown and more than five speakers', async () => {
      const before = await requestCount()
      for (const speakers of [[draftSpeaker], [publishedSpeakers[0], 987654], publishedSpeakers]) {
        const { body, status } = await submit(validBody({ speakers }))
        expect(status).toBe(400)
        expect(body.errors[0].data.errors[0].path).toBe('speakers')
      }
      expect(await requestCount()).toBe(before)
    })

    it('should refuse prototype keys in the body', async () => {
      const before = await requestCount()
      const raw = JSON.stringify(validBody()).replace('{', '{"__proto__":{"roles":["admin"]},')
      const { status } = await submit(raw)
      expect(status).toBe(400)
      const nested = await submit(
        validBody({ travelCovered: { constructor: { prototype: { x: 1 } } } }),
      )
      expect(nested.status).toBe(400)
      expect(await requestCount()).toBe(before)
    })

    it('should answer a filled honeypot like a success, storing nothing and telling nobody', async () => {
      const before = { jobs: await jobCount(), requests: await requestCount() }
      const { body, id, status } = await submit(validBody({ website: 'http://spam.example' }))
      expect(status).toBe(201)
      expect(id).toBeUndefined()
      expect(Object.keys(body.doc).sort()).toEqual(['reference', 'status'])
      expect(body.doc.reference).toMatch(BOOKING_REFERENCE_PATTERN)
      expect(body.doc.status).toBe('received')
      expect({ jobs: await jobCount(), requests: await requestCount() }).toEqual(before)
      await drainQueue(ctx.payload)
      expect(smtp.messages).toHaveLength(0)
      expect(webhook.received).toHaveLength(0)
    })
  })

  describe('who may see and change requests', () => {
    let id: Id
    beforeAll(async () => {
      id = (await submit(validBody({ eventName: 'Access check' }))).id
    })

    it('should refuse anonymous visitors every read and write, over REST and GraphQL', async () => {
      expect((await api.get('/booking-requests')).status).toBe(403)
      expect((await api.get(`/booking-requests/${id}`)).status).toBe(403)
      expect((await api.get('/booking-requests/count')).status).toBe(403)
      expect(
        (await api.patch(`/booking-requests/${id}`, { body: { status: 'declined' } })).status,
      ).toBe(403)
      expect((await api.delete(`/booking-requests/${id}`)).status).toBe(403)
      const graphql = await api.graphql(
        '{ BookingRequests { docs { email internalNotes { note } } } }',
      )
      expect(graphql.data?.BookingRequests ?? null).toBeNull()
      expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    })

    it.each(['editor', 'reviewer'] as const)('should show a %s nothing', async (role) => {
      expect((await api.get('/booking-requests', { token: users[role].token })).status).toBe(403)
      expect((await api.get(`/booking-requests/${id}`, { token: users[role].token })).status).toBe(
        403,
      )
      const patched = await api.patch(`/booking-requests/${id}`, {
        body: { status: 'in_review' },
        token: users[role].token,
      })
      expect(patched.status).toBe(403)
      const stored = await ctx.payload.findByID({ collection: 'booking-requests', id })
      expect(stored.status).toBe('new')
    })

    it('should let an admin delete a request whose notifications went out, their records with it', async () => {
      const sent = (await submit(validBody({ eventName: 'Delete after mail' }))).id
      await drainQueue(ctx.payload)
      const records = () =>
        ctx.payload.count({
          collection: 'booking-notifications',
          where: { request: { equals: sent } },
        })
      expect((await records()).totalDocs).toBeGreaterThan(0)
      const response = await api.delete(`/booking-requests/${sent}`, { token: users.admin.token })
      expect(response.status).toBe(200)
      expect(
        (
          await ctx.payload.count({
            collection: 'booking-requests',
            where: { id: { equals: sent } },
          })
        ).totalDocs,
      ).toBe(0)
      expect((await records()).totalDocs).toBe(0)
    })

    it('should let staff read and update, and only admins delete', async () => {
      const list = await api.get('/booking-requests?limit=100', { token: users.staff.token })
      expect(list.status).toBe(200)
      expect(
        (await list.json()).docs.some((doc: { id: Id }) => String(doc.id) === String(id)),
      ).toBe(true)
      expect(
        (await api.delete(`/booking-requests/${id}`, { token: users.staff.token })).status,
      ).toBe(403)
      const extra = (await submit(validBody({ eventName: 'To delete' }))).id
      expect(
        (await api.delete(`/booking-requests/${extra}`, { token: users.admin.token })).status,
      ).toBe(200)
    })

    it('should not let staff rewrite what the requester sent', async () => {
      await api.patch(`/booking-requests/${id}`, {
        body: { email: 'changed@evil.test' },
        token: users.staff.token,
      })
      const stored = await ctx.payload.findByID({ collection: 'booking-requests', id })
      expect(stored.email).toBe('mei@events.test')
    })
  })

  describe('the staff pipeline', () => {
    it('should allow only the defined moves, and keep who moved what when', async () => {
      const id = (await submit(validBody({ eventName: 'Pipeline' }))).id
      const jump = await api.patch(`/booking-requests/${id}`, {
        body: { status: 'confirmed' },
        token: users.staff.token,
      })
      expect(jump.status).toBe(400)
      expect((await jump.json()).errors[0].data.errors[0].path).toBe('status')
      for (const status of ['in_review', 'contacted']) {
        const moved = await api.patch(`/booking-requests/${id}`, {
          body: { status },
          token: users.staff.token,
        })
        expect(moved.status).toBe(200)
      }
      const stored = await ctx.payload.findByID({ collection: 'booking-requests', depth: 0, id })
      expect(stored.status).toBe('contacted')
      expect(stored.statusHistory?.map(({ by, from, to }) => ({ by, from, to }))).toEqual([
        { by: users.staff.user.id, from: 'new', to: 'in_review' },
        { by: users.staff.user.id, from: 'in_review', to: 'contacted' },
      ])
    })

    it('should stamp internal notes with their author and keep them from being forged', async () => {
      const id = (await submit(validBody({ eventName: 'Notes' }))).id
      await api.patch(`/booking-requests/${id}`, {
        body: {
          assignee: users.staff.user.id,
          internalNotes: [{ author: users.admin.user.id, note: 'Called the client' }],
        },
        token: users.staff.token,
      })
      const stored = await ctx.payload.findByID({ collection: 'booking-requests', depth: 0, id })
      expect(stored.assignee).toBe(users.staff.user.id)
      expect(stored.internalNotes?.[0]).toMatchObject({
        author: users.staff.user.id,
        note: 'Called the client',
      })
      expect(stored.internalNotes?.[0]?.at).toEqual(expect.any(String))
    })
  })

  describe('notifications', () => {
    it('should mail staff (reply-to the requester), acknowledge the requester and post the webhook, once each', async () => {
      const { id } = await submit(
        validBody({ contactName: 'Mei\r\nBcc: victim@evil.test', eventName: 'Summit <b>2027</b>' }),
      )
      await drainQueue(ctx.payload)
      await drainQueue(ctx.payload)
      const toStaff = smtp.messages.filter((mail) =>
        mail.subject?.startsWith('New speaker request'),
      )
      expect(toStaff).toHaveLength(1)
      expect(recipientsOf(toStaff[0]).sort()).toEqual(
        ['bookings@bureau.test', users.staff.user.email, users.staff2.user.email].sort(),
      )
      expect(toStaff[0].replyTo?.value[0]?.address).toBe('mei@events.test')
      expect(toStaff[0].text).toContain(`/admin/collections/booking-requests/${id}`)
      const ack = smtp.messages.filter((mail) => recipientsOf(mail).includes('mei@events.test'))
      expect(ack).toHaveLength(1)
      expect(ack[0].text).not.toContain('bookings@bureau.test')
      // No Accept-Language: the requester's language is unknown, so the acknowledgement is in both.
      expect(ack[0].subject).toMatch(
        /^We received your speaker request .+ \/ 我们已收到您的演讲嘉宾预约申请$/,
      )
      expect(ack[0].text).toContain('感谢您：我们已收到')
      // Staff read both languages (users have none of their own).
      expect(toStaff[0].subject).toBe(
        'New speaker request: Summit <b>2027</b> (Summit Events) · 新的演讲嘉宾预约请求',
      )
      expect(toStaff[0].text).toContain('申请预约演讲嘉宾。')
      expect(toStaff[0].text).toContain('Format: In person')
      expect(toStaff[0].text).toContain('形式：线下')
      for (const mail of smtp.messages) expect(recipientsOf(mail)).not.toContain('victim@evil.test')
      expect(webhook.received).toHaveLength(1)
      const { text } = webhook.received[0] as { text: string }
      expect(text).toContain('Summit &lt;b&gt;2027&lt;/b&gt;')
      expect(text).toMatch(/^New speaker request · 新的演讲嘉宾预约请求: /)
      expect(text).not.toContain('<b>')
    })

    it('should acknowledge in the language the sender asked the form for (Accept-Language)', async () => {
      smtp.messages.length = 0
      const ask = async (email: string, acceptLanguage: string) => {
        const response = await api.post('/booking-requests', {
          body: validBody({ email }),
          headers: { 'accept-language': acceptLanguage },
        })
        expect(response.status).toBe(201)
      }
      await ask('zhang@events.test', 'zh-CN,zh;q=0.9,en;q=0.8')
      await ask('jones@events.test', 'en-GB,en;q=0.9')
      await ask('muller@events.test', 'de-DE,de;q=0.9')
      await drainQueue(ctx.payload)
      const ackTo = (address: string) =>
        smtp.messages.find((mail) => recipientsOf(mail).includes(address))
      const chinese = ackTo('zhang@events.test')
      expect(chinese?.subject).toMatch(/^我们已收到您的演讲嘉宾预约申请 /)
      expect(chinese?.text).toContain('感谢您：我们已收到')
      expect(chinese?.text).not.toContain('Thank you')
      const english = ackTo('jones@events.test')
      expect(english?.subject).toMatch(/^We received your speaker request \S+$/)
      expect(english?.text).toContain('Thank you: we have received')
      expect(english?.text).not.toContain('感谢您')
      const other = ackTo('muller@events.test')
      expect(other?.text).toContain('Thank you: we have received')
      expect(other?.text).toContain('感谢您：我们已收到')
    })

    it('should store the request while SMTP is down, and deliver each mail exactly once afterwards', async () => {
      await smtp.close()
      const { id, status } = await submit(validBody({ eventName: 'Outage' }))
      expect(status).toBe(201)
      await ctx.payload.jobs.run({ limit: 100 })
      expect(smtp.messages).toHaveLength(0)
      await smtp.start()
      await drainQueue(ctx.payload)
      await drainQueue(ctx.payload)
      expect(
        smtp.messages.filter((mail) => mail.subject?.startsWith('New speaker request')),
      ).toHaveLength(1)
      expect(
        smtp.messages.filter((mail) => recipientsOf(mail).includes('mei@events.test')),
      ).toHaveLength(1)
      const records = await ctx.payload.find({
        collection: 'booking-notifications',
        where: {
          and: [{ request: { equals: id } }, { channel: { equals: 'staff_email' } }],
        },
      })
      expect(records.docs[0]).toMatchObject({
        attempts: expect.any(Number),
        deliveredAt: expect.any(String),
      })
      expect(records.docs[0].attempts).toBeGreaterThanOrEqual(2)
    })

    it('should retry a failing webhook and record exactly one delivery', async () => {
      webhook.respondWith = [500, 500, 500]
      const { id } = await submit(validBody({ eventName: 'Flaky hook' }))
      await drainQueue(ctx.payload)
      await drainQueue(ctx.payload)
      expect(webhook.received).toHaveLength(4)
      const records = await ctx.payload.find({
        collection: 'booking-notifications',
        where: { and: [{ request: { equals: id } }, { channel: { equals: 'webhook' } }] },
      })
      expect(records.docs).toHaveLength(1)
      expect(records.docs[0]).toMatchObject({
        attempts: 4,
        deliveredAt: expect.any(String),
        lastError: null,
      })
    })

    it('should remind staff once about a request still new after the SLA, and not about a triaged one', async () => {
      const untouched = (await submit(validBody({ eventName: 'Forgotten' }))).id
      const triaged = (await submit(validBody({ eventName: 'Handled' }))).id
      await drainQueue(ctx.payload)
      await api.patch(`/booking-requests/${triaged}`, {
        body: { status: 'in_review' },
        token: users.staff.token,
      })
      smtp.messages.length = 0
      expect(await makeDue(ctx.payload, BOOKING_TASKS.slaReminder)).toBeGreaterThanOrEqual(2)
      await drainQueue(ctx.payload)
      const reminders = smtp.messages
        .filter((mail) => mail.subject?.startsWith('Still new after 24 h'))
        .map((mail) => mail.subject)
      expect(
        reminders.filter(
          (subject) => subject === 'Still new after 24 h: Forgotten · 已超过 24 小时无人处理',
        ),
      ).toHaveLength(1)
      expect(reminders.join('\n')).not.toContain('Handled')
      await makeDue(ctx.payload, BOOKING_TASKS.slaReminder)
      await drainQueue(ctx.payload)
      const again = smtp.messages.filter(
        (mail) => mail.subject === 'Still new after 24 h: Forgotten · 已超过 24 小时无人处理',
      )
      expect(again).toHaveLength(1)
      const record = await ctx.payload.count({
        collection: 'booking-notifications',
        where: { and: [{ request: { equals: triaged } }, { channel: { equals: 'sla_reminder' } }] },
      })
      expect(record.totalDocs).toBe(0)
      expect(untouched).toBeDefined()
    })
  })
})
