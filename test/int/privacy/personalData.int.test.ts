import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayloadWithMail, type TestContext } from '../../helpers/bootPayload'
import { drainQueue } from '../../helpers/drainQueue'
import { CLIENT_IP_HEADER } from '../../../src/vocabulary/clientIpHeader'
import { everyStoredRow } from '../../helpers/everyStoredRow'
import { inDays, publishSpeakers, tokenInMail } from '../../helpers/proposals'
import { type SmtpSink, startSmtpSink } from '../../helpers/smtpSink'
import { type SignedInUser, signInAs } from '../../helpers/users'

type Id = number | string

/** One person, in every store: as a requester (form, notes, proposal, hold, mails, jobs,
 * counters) and as a user (account, review events, review mails and jobs). */
const ERIN = {
  agent: 'ErinBrowser/9.9 (erasable)',
  email: 'erin.erasable@privacy.example',
  jobTitle: 'Chief Erasure Officer',
  location: 'Erasable Hall, Leeds',
  message: 'Please call Erin after six',
  name: 'Erin Erasable',
  note: 'Erin prefers mornings',
  organization: 'Erasable Holdings',
  password: 'erin-password-0042',
  phone: '+44 20 7946 0958',
}
/** What must be gone after the erasure, in any table or collection. */
const NEEDLES = [
  'erin.erasable',
  'Erin Erasable',
  'Erasable Holdings',
  'Chief Erasure Officer',
  'Erasable Hall',
  'call Erin',
  '7946 0958',
  'Erin prefers',
  'ErinBrowser',
  'Erin is price',
  'For Erin only',
  'Erin found another',
  'Erin keeps this preference',
]

const stored = (rows: { table: string; text: string }[], needle: string) =>
  rows.filter(({ text }) => text.toLowerCase().includes(needle.toLowerCase()))

describe('personal data: export and erase by e-mail address', () => {
  let smtp: SmtpSink
  let ctx: TestContext
  let api: ApiClient
  let admin: SignedInUser
  let staff: SignedInUser
  let editor: SignedInUser
  let erin: SignedInUser
  let requestId: Id
  let ipHash: string

  const exportOf = async (email: string, token = admin.token) =>
    api.post('/privacy/export', { body: { email }, token })

  beforeAll(async () => {
    smtp = await startSmtpSink()
    ctx = await bootPayloadWithMail(smtp.port)
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
    staff = await signInAs(ctx.payload, 'staff')
    editor = await signInAs(ctx.payload, 'editor')
    await signInAs(ctx.payload, 'reviewer')
    const [speaker] = await publishSpeakers(ctx.payload, ['Wang Fang'])

    // As a user: a reviewer account, told of submissions, approving one.
    await ctx.payload.create({
      collection: 'users',
      data: { email: ERIN.email, name: ERIN.name, password: ERIN.password, roles: ['reviewer'] },
    })
    const login = await ctx.payload.login({
      collection: 'users',
      data: { email: ERIN.email, password: ERIN.password },
    })
    erin = { token: String(login.token), user: login.user as never }
    const submitInterview = async () => {
      const created = await api.post('/interviews?draft=true', {
        body: { excerpt: 'Words.', speakers: [speaker.id], title: `Q&A ${crypto.randomUUID()}` },
        token: editor.token,
      })
      const { doc } = (await created.json()) as { doc: { id: Id } }
      await api.patch(`/interviews/${doc.id}?draft=true`, {
        body: { reviewState: 'in_review' },
        token: editor.token,
      })
      return doc.id
    }
    const reviewed = await submitInterview()
    await drainQueue(ctx.payload)
    const approve = await api.patch(`/interviews/${reviewed}?draft=true`, {
      body: { reviewState: 'approved' },
      token: erin.token,
    })
    expect(approve.status).toBe(200)
    // Her admin preferences and an edit lock she holds (Payload's own collections).
    const preference = await api.post('/payload-preferences/nav', {
      body: { value: { note: 'Erin keeps this preference' } },
      token: erin.token,
    })
    expect(preference.status).toBeLessThan(300)
    await ctx.payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'speakers', value: speaker.id },
        user: { relationTo: 'users', value: erin.user.id },
      } as never,
    })
    // A wrong password: a counter keyed by the account.
    await api.post('/users/login', {
      body: { email: ERIN.email, password: 'not-it-at-all-0' },
      headers: { [CLIENT_IP_HEADER]: '203.0.113.77' },
    })

    // As a requester: the public form, mixed case, from her browser.
    const sent = await api.post('/booking-requests', {
      body: {
        audienceDescription: 'Erin Erasable’s team',
        consent: true,
        contactName: ERIN.name,
        email: 'Erin.Erasable@Privacy.Example',
        eventDate: inDays(40),
        eventLocation: ERIN.location,
        eventName: 'Erin Erasable Summit',
        howDidYouHear: 'Erin Erasable’s newsletter',
        jobTitle: ERIN.jobTitle,
        message: ERIN.message,
        organization: ERIN.organization,
        phone: ERIN.phone,
        speakers: [speaker.id],
      },
      headers: { [CLIENT_IP_HEADER]: '203.0.113.77', 'user-agent': ERIN.agent },
    })
    expect(sent.status).toBe(201)
    const { docs } = await ctx.payload.find({
      collection: 'booking-requests',
      where: { contactName: { equals: ERIN.name } },
    })
    requestId = docs[0].id
    ipHash = String(docs[0].source?.ipHash ?? '')
    await drainQueue(ctx.payload)
    await api.patch(`/booking-requests/${requestId}`, {
      body: { internalNotes: [{ note: ERIN.note }] },
      token: staff.token,
    })
    const hold = await api.post('/holds', {
      body: {
        bookingRequest: requestId,
        expiresAt: new Date(Date.now() + 72 * 3600_000).toISOString(),
        speaker: speaker.id,
        startDate: inDays(40),
        timeZone: 'Asia/Shanghai',
      },
      token: staff.token,
    })
    expect(hold.status).toBe(201)
    const proposal = await api.post('/proposals', {
      body: {
        bookingRequest: requestId,
        internalNote: 'Erin is price sensitive',
        items: [
          { feeAmount: 9000, feeCurrency: 'USD', note: 'For Erin only', speaker: speaker.id },
        ],
      },
      token: staff.token,
    })
    const proposalId = ((await proposal.json()) as { doc: { id: Id } }).doc.id
    await api.post(`/proposals/${proposalId}/send`, { token: staff.token })
    await drainQueue(ctx.payload)
    const linkMail = smtp.messages.find((m) => /\/p\//.test(m.text ?? ''))
    const declined = await api.post(`/proposals/by-token/${tokenInMail(linkMail!)}/decline`, {
      body: { reason: 'Erin found another speaker' },
    })
    expect(declined.status).toBe(200)
    await drainQueue(ctx.payload)
    // One review job still to run that names her (drained jobs are deleted when they complete).
    await submitInterview()
  })

  afterAll(async () => {
    await ctx.close()
    await smtp.close()
  })

  it('refuses anyone but an admin: 401 signed out, 403 for staff, editors and reviewers', async () => {
    const answers = await Promise.all([
      api.post('/privacy/export', { body: { email: ERIN.email } }),
      api.post('/privacy/erase', { body: { email: ERIN.email } }),
      exportOf(ERIN.email, staff.token),
      api.post('/privacy/erase', { body: { email: ERIN.email }, token: staff.token }),
      api.post('/privacy/erase', { body: { email: ERIN.email }, token: editor.token }),
      api.post('/privacy/erase', { body: { email: ERIN.email }, token: erin.token }),
    ])
    expect(answers.map((r) => r.status)).toEqual([401, 401, 403, 403, 403, 403])
    // Nothing was erased by any of them.
    expect((await ctx.payload.count({ collection: 'privacy-erasures' })).totalDocs).toBe(0)
    const request = await ctx.payload.findByID({ collection: 'booking-requests', id: requestId })
    expect(request.email.toLowerCase()).toBe(ERIN.email)
  })

  it('answers 400 naming `email` for a missing or malformed address', async () => {
    for (const body of [{}, { email: '' }, { email: 'not an address' }, { email: 42 }]) {
      const response = await api.post('/privacy/erase', { body, token: admin.token })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toContain('"path":"email"')
    }
    expect((await ctx.payload.count({ collection: 'privacy-erasures' })).totalDocs).toBe(0)
  })

  it('refuses to erase the admin’s own account (400 on email), and keeps it', async () => {
    const response = await api.post('/privacy/erase', {
      body: { email: admin.user.email },
      token: admin.token,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('"path":"email"')
    const still = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: admin.user.email } },
    })
    expect(still.totalDocs).toBe(1)
  })

  it('exports everything held about the address, from every store, and the erasure leaves none of it anywhere', async () => {
    const before = await everyStoredRow(ctx.payload)
    const response = await exportOf('  ERIN.Erasable@privacy.example ')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    const { data } = (await response.json()) as { data: Record<string, any> }
    expect(data.bookingRequests).toHaveLength(1)
    expect(data.bookingRequests[0]).toMatchObject({ message: ERIN.message, phone: ERIN.phone })
    expect(data.proposals).toHaveLength(1)
    expect(data.proposals[0]).not.toHaveProperty('tokenHash')
    expect(data.holds).toHaveLength(1)
    expect(data.bookingNotifications.length).toBeGreaterThanOrEqual(2)
    expect(data.jobs.length).toBeGreaterThanOrEqual(1)
    expect(data.rateLimitCounters.map((c: { limit: string }) => c.limit).sort()).toEqual([
      'booking-acknowledgements',
      'sign-in-account',
    ])
    expect(data.account).toMatchObject({ email: ERIN.email, name: ERIN.name })
    expect(data.reviewEvents.length).toBeGreaterThanOrEqual(1)
    expect(data.reviewDeliveries.length).toBeGreaterThanOrEqual(1)
    expect(data.reviewJobs).toHaveLength(1)
    expect(data.preferences).toHaveLength(1)
    expect(data.lockedDocuments).toHaveLength(1)
    // Symmetry: every piece of her data stored anywhere is in the export.
    const exported = JSON.stringify(data).toLowerCase()
    for (const needle of NEEDLES) {
      const where = stored(before, needle).map(({ table }) => table)
      expect({ needle, stored: where.length > 0 }).toEqual({ needle, stored: true })
      expect({ needle, exported: exported.includes(needle.toLowerCase()) }).toEqual({
        needle,
        exported: true,
      })
    }

    const erased = await api.post('/privacy/erase', {
      body: { email: ERIN.email },
      token: admin.token,
    })
    expect(erased.status).toBe(200)
    const { erasure } = (await erased.json()) as { erasure: Record<string, unknown> }
    expect(erasure).toMatchObject({ accountDeleted: true, bookingRequests: 1, proposals: 1 })
    // Each job record the export showed: her request's, its proposal's and hold's, her review job;
    // but the held hold's expiry, which names the hold only and alone would ever end it.
    const waitingExpiries = (data.jobs as { completedAt?: string; taskSlug: string }[]).filter(
      (job) => job.taskSlug === 'expireHold' && !job.completedAt,
    )
    expect(waitingExpiries).toHaveLength(1)
    expect(erasure.jobs).toBe(data.jobs.length + data.reviewJobs.length - 1)
    const kept = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'expireHold' }, completedAt: { exists: false } },
    })
    expect(kept.docs.map(({ input }) => (input as { holdId: string }).holdId)).toEqual(
      data.holds.map(({ id }: { id: number | string }) => String(id)),
    )

    const after = await everyStoredRow(ctx.payload)
    for (const needle of [...NEEDLES, ipHash]) {
      expect({
        needle,
        tables: stored(after, needle).map(({ table, text }) => `${table} ${text}`),
      }).toEqual({
        needle,
        tables: [],
      })
    }
    const again = (await (await exportOf(ERIN.email)).json()) as { data: Record<string, any> }
    expect(again.data).toMatchObject({
      account: null,
      bookingNotifications: [],
      bookingRequests: [],
      holds: [],
      jobs: [],
      proposals: [],
      rateLimitCounters: [],
      reviewDeliveries: [],
      reviewEvents: [],
      reviewJobs: [],
    })
    // Payload's records of her account went with it, not only their link to it.
    for (const collection of ['payload-preferences', 'payload-locked-documents'] as const)
      expect({ collection, left: (await ctx.payload.count({ collection })).totalDocs }).toEqual({
        collection,
        left: 0,
      })
    // The tombstone: a keyed hash of the address, the admin, the time.
    expect(again.data.erasures).toHaveLength(1)
    expect(again.data.erasures[0]).toMatchObject({ by: admin.user.id })
    expect(again.data.erasures[0].emailHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('keeps what statistics need: dates, status and its history, speakers, the hold, the fees', async () => {
    const request = await ctx.payload.findByID({
      collection: 'booking-requests',
      depth: 0,
      id: requestId,
    })
    expect(request).toMatchObject({
      anonymised: { reason: 'erasure' },
      contactName: '[anonymised]',
      eventDate: inDays(40),
      phone: null,
    })
    expect(request.reference).toMatch(/\S/)
    expect(request.speakers).toHaveLength(1)
    expect(request.statusHistory?.length).toBeGreaterThanOrEqual(1)
    expect(request.internalNotes?.[0]?.note).toBe('[anonymised]')
    expect(
      (
        await ctx.payload.count({
          collection: 'booking-notifications',
          where: { request: { equals: requestId } },
        })
      ).totalDocs,
    ).toBe(0)
    const { docs: proposals } = await ctx.payload.find({
      collection: 'proposals',
      depth: 0,
      where: { bookingRequest: { equals: requestId } },
    })
    expect(proposals[0].items?.[0]).toMatchObject({ feeAmount: 9000, feeCurrency: 'USD' })
    expect(
      (
        await ctx.payload.count({
          collection: 'holds',
          where: { bookingRequest: { equals: requestId } },
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('her account is gone: she cannot sign in, and the review event she made shows no one', async () => {
    const login = await api.post('/users/login', {
      body: { email: ERIN.email, password: ERIN.password },
    })
    expect(login.status).toBe(401)
    const { docs } = await ctx.payload.find({
      collection: 'review-events',
      depth: 0,
      where: { kind: { equals: 'approved' } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].by ?? null).toBeNull()
  })

  it('tombstones and retention runs: admins read them, nobody writes them, on REST and the Local API', async () => {
    const [tombstone] = (await ctx.payload.find({ collection: 'privacy-erasures' })).docs
    const answers = await Promise.all([
      api.post('/privacy-erasures', {
        body: { at: new Date().toISOString(), emailHash: 'x' },
        token: admin.token,
      }),
      api.patch(`/privacy-erasures/${tombstone.id}`, {
        body: { emailHash: 'forged' },
        token: admin.token,
      }),
      api.delete(`/privacy-erasures/${tombstone.id}`, { token: admin.token }),
      api.get('/privacy-erasures', { token: staff.token }),
      api.get('/retention-runs', { token: staff.token }),
      api.post('/retention-runs', { body: { day: '2099-01-01' }, token: admin.token }),
    ])
    expect(answers.map((r) => r.status)).toEqual([403, 403, 403, 403, 403, 403])
    expect(
      (await ctx.payload.findByID({ collection: 'privacy-erasures', id: tombstone.id })).emailHash,
    ).toBe(tombstone.emailHash)
    expect((await ctx.payload.count({ collection: 'retention-runs' })).totalDocs).toBe(0)
    const asAdmin = await api.get('/privacy-erasures', { token: admin.token })
    expect((await asAdmin.json()).totalDocs).toBe(1)
    await expect(
      ctx.payload.find({ collection: 'privacy-erasures', overrideAccess: false, user: staff.user }),
    ).rejects.toThrow()
  })

  it('staff cannot mark a request anonymised, nor can the public form', async () => {
    const patched = await api.patch(`/booking-requests/${requestId}`, {
      body: { anonymised: { at: null, reason: null } },
      token: staff.token,
    })
    expect(patched.status).toBe(200)
    const after = await ctx.payload.findByID({
      collection: 'booking-requests',
      depth: 0,
      id: requestId,
    })
    expect(after.anonymised?.reason).toBe('erasure')
    const sent = await api.post('/booking-requests', {
      body: {
        anonymised: { at: new Date().toISOString(), reason: 'erasure' },
        consent: true,
        contactName: 'Forger',
        email: 'forger@privacy.example',
        eventDate: inDays(50),
        eventLocation: 'Beijing',
        eventName: 'Forged',
      },
    })
    expect(sent.status).toBe(201)
    const { docs } = await ctx.payload.find({
      collection: 'booking-requests',
      where: { contactName: { equals: 'Forger' } },
    })
    expect(docs[0].anonymised?.at ?? null).toBeNull()
  })

  it('a second erasure of the same address finds nothing and leaves a second tombstone', async () => {
    const response = await api.post('/privacy/erase', {
      body: { email: ERIN.email },
      token: admin.token,
    })
    expect(response.status).toBe(200)
    const { erasure } = (await response.json()) as { erasure: Record<string, unknown> }
    expect(erasure).toMatchObject({ accountDeleted: false, bookingRequests: 0 })
    expect((await ctx.payload.count({ collection: 'privacy-erasures' })).totalDocs).toBe(2)
  })

  it('finds and erases an address in any script and letter case', async () => {
    const book = async (contactName: string, email: string) => {
      const sent = await api.post('/booking-requests', {
        body: {
          consent: true,
          contactName,
          email,
          eventDate: inDays(50),
          eventLocation: 'Lyon',
          eventName: 'Rencontres numériques',
          phone: '+33 6 12 34 56 78',
        },
        headers: { [CLIENT_IP_HEADER]: `203.0.113.${contactName.length}` },
      })
      expect(sent.status).toBe(201)
    }
    await book('Élodie Dupont', 'Élodie.Dupont@Probe-Events.test')
    await book('İpek Kaya', 'İpek@probe-events.test')
    await book('Odysseus', 'ΟΔΥΣΣΕΥΣ@greek.test')
    const requestsFound = async (email: string) =>
      ((await (await exportOf(email)).json()) as { data: { bookingRequests: unknown[] } }).data
        .bookingRequests.length
    for (const spelling of [
      'Élodie.Dupont@Probe-Events.test',
      'élodie.dupont@probe-events.test',
      'ÉLODIE.DUPONT@PROBE-EVENTS.TEST',
      // É as E and a combining accent (NFD), as some keyboards send it.
      'E\u0301lodie.dupont@probe-events.test',
    ])
      expect({ spelling, found: await requestsFound(spelling) }).toEqual({ spelling, found: 1 })
    expect(await requestsFound('İpek@probe-events.test')).toBe(1)
    // Case-folded where lower case is not enough: İ lowers to i and a dot; Greek's final sigma.
    expect(await requestsFound('İPEK@PROBE-EVENTS.TEST')).toBe(1)
    expect(await requestsFound('ipek@probe-events.test')).toBe(1)
    expect(await requestsFound('οδυσσευσ@greek.test')).toBe(1)
    expect(await requestsFound('οδυσσευς@greek.test')).toBe(1)
    expect(await requestsFound('elodie.dupont@probe-events.test')).toBe(0)

    for (const email of ['élodie.dupont@probe-events.test', 'İPEK@PROBE-EVENTS.TEST']) {
      const erased = await api.post('/privacy/erase', { body: { email }, token: admin.token })
      expect(
        ((await erased.json()) as { erasure: { bookingRequests: number } }).erasure,
      ).toMatchObject({ bookingRequests: 1 })
    }
    const left = await ctx.payload.find({
      collection: 'booking-requests',
      where: { contactName: { in: ['Élodie Dupont', 'İpek Kaya'] } },
    })
    expect(left.docs).toEqual([])
  })

  it('takes no address with control or invisible characters on the form (400 naming email)', async () => {
    for (const [index, email] of [
      'zw@probe.test\u200b',
      'nul\u0000@probe.test',
      'rtl\u202e@probe.test',
      'a\u034fb@probe.test', // a combining grapheme joiner
      'a\ufe0fb@probe.test', // a variation selector
      'a\u3164b@probe.test', // a Hangul filler
      'a\ue000b@probe.test', // private use
      'a\u0378b@probe.test', // unassigned
    ].entries()) {
      const sent = await api.post('/booking-requests', {
        body: {
          consent: true,
          contactName: 'Invisible Ink',
          email,
          eventDate: inDays(50),
          eventLocation: 'Lyon',
          eventName: 'Hidden characters',
        },
        // One client each: refusals count toward the form's per-address limit too.
        headers: { [CLIENT_IP_HEADER]: `203.0.113.${100 + index}` },
      })
      expect(sent.status).toBe(400)
      expect(JSON.stringify(await sent.json())).toContain('"path":"email"')
    }
    expect(
      (
        await ctx.payload.count({
          collection: 'booking-requests',
          where: { contactName: { equals: 'Invisible Ink' } },
        })
      ).totalDocs,
    ).toBe(0)
  })
})
