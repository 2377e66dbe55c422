import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayloadWithMail, type TestContext } from '../../helpers/bootPayload'
import { drainQueue } from '../../helpers/drainQueue'
import { inDays, makeBookingRequest, publishSpeakers, tokenInMail } from '../../helpers/proposals'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../../helpers/smtpSink'
import { type SignedInUser, signInAs } from '../../helpers/users'
import { startWebhookSink, type WebhookSink } from '../../helpers/webhookSink'

type Id = number | string

describe('proposals: from a booking request to a client’s answer', () => {
  let smtp: SmtpSink
  let webhook: WebhookSink
  let ctx: TestContext
  let api: ApiClient
  let staff: SignedInUser
  let staff2: SignedInUser
  let editor: SignedInUser
  let speakers: { id: Id; slug: string }[]
  let draftSpeaker: Id

  beforeAll(async () => {
    smtp = await startSmtpSink()
    webhook = await startWebhookSink()
    ctx = await bootPayloadWithMail(smtp.port, {
      notifications: { bookingWebhookUrl: webhook.url, staffEmails: ['desk@bureau.test'] },
    })
    api = createApiClient(ctx.config)
    staff = await signInAs(ctx.payload, 'staff')
    staff2 = await signInAs(ctx.payload, 'staff')
    editor = await signInAs(ctx.payload, 'editor')
    speakers = await publishSpeakers(ctx.payload, [
      'Wang Fang',
      'Anna Petrova',
      'Kim Minjun',
      'Li Wei',
      'Zhou Jie',
      'Sara Lind',
    ])
    draftSpeaker = (
      await ctx.payload.create({ collection: 'speakers', data: { name: 'Not Public' } })
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

  const item = (speaker: Id, feeAmount = 12000, feeCurrency = 'USD') => ({
    feeAmount,
    feeCurrency,
    note: 'Keynote, 45 minutes',
    speaker,
  })

  const createProposal = async (body: Record<string, unknown>, token = staff.token) =>
    api.post('/proposals', { body, token })

  const draftFor = async (
    requestId: Id,
    items = [item(speakers[0].id), item(speakers[1].id, 90000, 'CNY')],
  ) => {
    const response = await createProposal({
      bookingRequest: requestId,
      internalNote: 'Client is price sensitive',
      items,
    })
    expect(response.status).toBe(201)
    return (await response.json()).doc as { id: Id; status: string }
  }

  /** Sends a proposal and returns the token from the requester's mail. */
  const sendAndReadToken = async (proposalId: Id): Promise<string> => {
    const sent = await api.post(`/proposals/${proposalId}/send`, { token: staff.token })
    expect(sent.status).toBe(200)
    await drainQueue(ctx.payload)
    // The newest link mail (the request's own acknowledgement goes to the same address).
    const mail = smtp.messages
      .filter(
        (m) =>
          recipientsOf(m).includes('mei@events.test') && /Speakers proposed/.test(m.subject ?? ''),
      )
      .at(-1)
    expect(mail).toBeDefined()
    return tokenInMail(mail!)
  }

  it('staff make a draft for an open request: the event date defaults to the request’s, the expiry to 14 days', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const doc = await draftFor(request.id)
    const stored = await ctx.payload.findByID({ collection: 'proposals', id: doc.id })
    expect(stored.status).toBe('draft')
    expect(stored.eventDate).toBe(inDays(60))
    const days = (new Date(stored.expiresAt).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(13.9)
    expect(days).toBeLessThanOrEqual(14)
    expect(
      stored.createdBy && typeof stored.createdBy === 'object'
        ? stored.createdBy.id
        : stored.createdBy,
    ).toBe(staff.user.id)
    // The link's secrets never leave the server, not even to staff.
    const read = await (await api.get(`/proposals/${doc.id}`, { token: staff.token })).json()
    expect(read).not.toHaveProperty('tokenHash')
    expect(read).not.toHaveProperty('tokenNonce')
  })

  it.each([
    ['more than 5 speakers', () => ({ items: speakers.map(({ id }) => item(id)) }), 'items'],
    [
      'an unknown currency',
      () => ({ items: [item(speakers[0].id, 100, 'XYZ')] }),
      'items.0.feeCurrency',
    ],
    [
      'a lower-case currency',
      () => ({ items: [item(speakers[0].id, 100, 'usd')] }),
      'items.0.feeCurrency',
    ],
    ['a negative fee', () => ({ items: [item(speakers[0].id, -5)] }), 'items.0.feeAmount'],
    ['a speaker who is not published', () => ({ items: [item(draftSpeaker)] }), 'items.0.speaker'],
    [
      'the same speaker twice',
      () => ({ items: [item(speakers[0].id), item(speakers[0].id)] }),
      'items.1.speaker',
    ],
    ['no speaker at all', () => ({ items: [] }), 'items'],
    // Each row looked into before any hook queries by it.
    ['a speaker id no speaker has', () => ({ items: [item('abc' as never)] }), 'items.0.speaker'],
    ['a row that is no object', () => ({ items: [7] }), 'items'],
    [
      'an event date in the past',
      () => ({ eventDate: inDays(-3), items: [item(speakers[0].id)] }),
      'eventDate',
    ],
    [
      'a last day before the event date',
      () => ({ eventDate: inDays(40), eventEndDate: inDays(35), items: [item(speakers[0].id)] }),
      'eventEndDate',
    ],
    [
      'an event of more than 31 days',
      () => ({ eventDate: inDays(40), eventEndDate: inDays(80), items: [item(speakers[0].id)] }),
      'eventEndDate',
    ],
    [
      'an expiry in the past',
      () => ({
        expiresAt: new Date(Date.now() - 60_000).toISOString(),
        items: [item(speakers[0].id)],
      }),
      'expiresAt',
    ],
  ])('%s is a 400 naming the field, and nothing is stored', async (_name, body, path) => {
    const request = await makeBookingRequest(ctx.payload)
    const before = (await ctx.payload.count({ collection: 'proposals' })).totalDocs
    const response = await createProposal({ bookingRequest: request.id, ...body() })
    expect(response.status).toBe(400)
    const { errors } = await response.json()
    const paths = errors.flatMap(
      (e: { data?: { errors?: { path: string }[] } }) => e.data?.errors?.map((f) => f.path) ?? [],
    )
    expect(paths).toContain(path)
    expect((await ctx.payload.count({ collection: 'proposals' })).totalDocs).toBe(before)
  })

  it('a closed request gets no proposal (400 on bookingRequest)', async () => {
    const request = await makeBookingRequest(ctx.payload)
    await ctx.payload.update({
      collection: 'booking-requests',
      id: request.id,
      data: { status: 'declined' },
    })
    const response = await createProposal({
      bookingRequest: request.id,
      items: [item(speakers[0].id)],
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('bookingRequest')
  })

  it('only staff and admins make, read, change or send proposals, on every API', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const doc = await draftFor(request.id)
    const body = { bookingRequest: request.id, items: [item(speakers[0].id)] }
    const before = (await ctx.payload.count({ collection: 'proposals' })).totalDocs
    expect((await createProposal(body, editor.token)).status).toBe(403)
    expect((await api.post('/proposals', { body })).status).toBe(403)
    expect((await api.get(`/proposals/${doc.id}`)).status).toBe(403)
    expect((await api.get(`/proposals/${doc.id}`, { token: editor.token })).status).toBe(403)
    expect(
      (
        await api.patch(`/proposals/${doc.id}`, {
          body: { internalNote: 'x' },
          token: editor.token,
        })
      ).status,
    ).toBe(403)
    expect((await api.post(`/proposals/${doc.id}/send`)).status).toBe(401)
    expect((await api.post(`/proposals/${doc.id}/send`, { token: editor.token })).status).toBe(403)
    expect((await api.post(`/proposals/${doc.id}/revoke`, { token: editor.token })).status).toBe(
      403,
    )
    await expect(
      ctx.payload.create({
        collection: 'proposals',
        data: body as never,
        overrideAccess: false,
        user: editor.user,
      }),
    ).rejects.toThrow()
    const listed = await ctx.payload
      .find({ collection: 'proposals', overrideAccess: false, user: editor.user })
      .catch(() => ({ docs: [] }))
    expect(listed.docs).toHaveLength(0)
    expect((await ctx.payload.count({ collection: 'proposals' })).totalDocs).toBe(before)
    const anonymous = await api.graphql('{ Proposals { docs { id status } } }')
    expect(anonymous.data?.Proposals?.docs ?? []).toHaveLength(0)
    const mutation = await api.graphql(`mutation { createProposal(data: {}) { id } }`, {
      token: staff.token,
    })
    expect(mutation.errors?.length).toBeGreaterThan(0)
    // Staff cannot write the server's fields: status, the token, who sent it.
    const patched = await api.patch(`/proposals/${doc.id}`, {
      body: { status: 'accepted', tokenHash: 'x'.repeat(64), sending: { by: staff2.user.id } },
      token: staff.token,
    })
    expect(patched.status).toBe(200)
    const stored = await ctx.payload.findByID({
      collection: 'proposals',
      id: doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('draft')
    expect(stored.tokenHash ?? null).toBeNull()
  })

  it('sending mails the requester a link, moves the request to proposal_sent and records the sender; once', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const doc = await draftFor(request.id)
    const token = await sendAndReadToken(doc.id)
    const mail = smtp.messages.find((m) => /Speakers proposed/.test(m.subject ?? ''))!
    expect(recipientsOf(mail)).toEqual(['mei@events.test'])
    expect(mail.text).toContain(`http://localhost:3000/p/${token}`)
    expect(mail.text).toContain('Digital China Summit')
    expect(mail.text).not.toContain('price sensitive')
    // How long the link works, with its time and zone (a bare date was UTC's day).
    expect(mail.text).toMatch(/until \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC\./)
    expect(mail.text).toMatch(/在 \d{4}年\d{1,2}月\d{1,2}日 UTC \d{2}:\d{2} 之前/)
    // Only a hash of the token is stored.
    const stored = await ctx.payload.findByID({
      collection: 'proposals',
      id: doc.id,
      overrideAccess: true,
    })
    expect(stored.status).toBe('sent')
    expect(JSON.stringify(stored)).not.toContain(token)
    const movedRequest = await ctx.payload.findByID({
      collection: 'booking-requests',
      id: request.id,
      depth: 0,
    })
    expect(movedRequest.status).toBe('proposal_sent')
    const last = movedRequest.statusHistory!.at(-1)!
    expect(last).toMatchObject({ cause: 'proposal_sent', from: 'new', to: 'proposal_sent' })
    expect(last.by).toBe(staff.user.id)
    expect(last.proposal).toBe(doc.id)
    // A second send (a double click) is a 409, and no second mail goes.
    expect((await api.post(`/proposals/${doc.id}/send`, { token: staff.token })).status).toBe(409)
    await drainQueue(ctx.payload)
    expect(smtp.messages.filter((m) => /Speakers proposed/.test(m.subject ?? ''))).toHaveLength(1)
    // What the client saw cannot change any more; the internal note can.
    const itemsChanged = await api.patch(`/proposals/${doc.id}`, {
      body: { items: [item(speakers[0].id, 1)] },
      token: staff.token,
    })
    expect(itemsChanged.status).toBe(400)
    const other = await makeBookingRequest(ctx.payload)
    const moved = await api.patch(`/proposals/${doc.id}`, {
      body: { bookingRequest: other.id },
      token: staff.token,
    })
    expect(moved.status).toBe(400)
    const noteChanged = await api.patch(`/proposals/${doc.id}`, {
      body: { internalNote: 'Call on Monday' },
      token: staff.token,
    })
    expect(noteChanged.status).toBe(200)
  })

  it('two sends at once: one wins, one token, one mail', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const doc = await draftFor(request.id)
    const answers = await Promise.all([
      api.post(`/proposals/${doc.id}/send`, { token: staff.token }),
      api.post(`/proposals/${doc.id}/send`, { token: staff2.token }),
    ])
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409])
    await drainQueue(ctx.payload)
    expect(smtp.messages.filter((m) => /Speakers proposed/.test(m.subject ?? ''))).toHaveLength(1)
  })

  it('the link shows the offer and nothing staff keep; never cached or indexed', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const doc = await draftFor(request.id)
    const token = await sendAndReadToken(doc.id)
    const response = await api.get(`/proposals/by-token/${token}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toContain('no-store')
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    const body = await response.json()
    expect(body.status).toBe('sent')
    expect(body.event).toMatchObject({ date: inDays(60), name: 'Digital China Summit' })
    expect(body.items.map((i: { speaker: { slug: string } }) => i.speaker.slug)).toEqual([
      speakers[0].slug,
      speakers[1].slug,
    ])
    expect(body.items[1]).toMatchObject({
      feeAmount: 90000,
      feeCurrency: 'CNY',
      note: 'Keynote, 45 minutes',
    })
    expect(body.items[0].speaker).toMatchObject({
      name: 'Wang Fang',
      shortBio: 'Wang Fang speaks on search.',
    })
    expect(body.sentBy.name).toBe(staff.user.name)
    const text = JSON.stringify(body)
    for (const secret of [
      'price sensitive',
      'mei@events.test',
      'Mei Organiser',
      String(staff.user.email),
      'internalNote',
      'tokenHash',
    ])
      expect(text).not.toContain(secret)
    // Unknown and malformed tokens: 404.
    expect((await api.get(`/proposals/by-token/${'A'.repeat(43)}`)).status).toBe(404)
    expect((await api.get(`/proposals/by-token/not-a-token`)).status).toBe(404)
  })

  it('the client accepts one speaker once: request on hold, the speaker’s date held, staff told by mail and webhook exactly once', async () => {
    const request = await makeBookingRequest(ctx.payload, { assignee: staff2.user.id })
    const doc = await draftFor(request.id)
    const token = await sendAndReadToken(doc.id)
    smtp.messages.length = 0
    const wrong = await api.post(`/proposals/by-token/${token}/accept`, {
      body: { speaker: speakers[4].slug },
    })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(await wrong.json())).toContain('speaker')
    const accepted = await api.post(`/proposals/by-token/${token}/accept`, {
      body: { speaker: speakers[1].slug },
    })
    expect(accepted.status).toBe(200)
    const body = await accepted.json()
    expect(body).toMatchObject({
      answer: { kind: 'accepted', speaker: speakers[1].slug },
      status: 'accepted',
    })
    // Once: a second answer, of either kind, is a 409.
    expect(
      (
        await api.post(`/proposals/by-token/${token}/accept`, {
          body: { speaker: speakers[0].slug },
        })
      ).status,
    ).toBe(409)
    expect(
      (
        await api.post(`/proposals/by-token/${token}/decline`, {
          body: { reason: 'changed our minds' },
        })
      ).status,
    ).toBe(409)

    const stored = await ctx.payload.findByID({ collection: 'proposals', id: doc.id, depth: 0 })
    expect(stored.answer).toMatchObject({
      by: 'Mei Organiser <mei@events.test>',
      kind: 'accepted',
      speaker: speakers[1].id,
    })
    const movedRequest = await ctx.payload.findByID({
      collection: 'booking-requests',
      id: request.id,
      depth: 0,
    })
    expect(movedRequest.status).toBe('on_hold')
    expect(movedRequest.statusHistory!.at(-1)).toMatchObject({
      by: null,
      cause: 'proposal_accepted',
      proposal: doc.id,
      to: 'on_hold',
    })
    const holds = await ctx.payload.find({
      collection: 'holds',
      depth: 0,
      where: { bookingRequest: { equals: request.id } },
    })
    expect(holds.docs).toHaveLength(1)
    expect(holds.docs[0]).toMatchObject({
      endDate: inDays(60),
      rank: 1,
      speaker: speakers[1].id,
      startDate: inDays(60),
      status: 'held',
      timeZone: 'Asia/Shanghai',
    })
    expect(holds.docs[0].createdBy).toBe(staff.user.id)

    await drainQueue(ctx.payload)
    await drainQueue(ctx.payload)
    const toStaff = smtp.messages.filter((m) => /Proposal accepted/.test(m.subject ?? ''))
    expect(toStaff).toHaveLength(1)
    expect(recipientsOf(toStaff[0]).sort()).toEqual([staff.user.email, staff2.user.email].sort())
    expect(toStaff[0].text).toContain('Anna Petrova')
    const answered = webhook.received.filter((body) =>
      JSON.stringify(body).includes('accepted the proposal'),
    )
    expect(answered).toHaveLength(1)
    expect(JSON.stringify(answered[0])).toContain('Anna Petrova')
  })

  it('two answers at once: exactly one is recorded, one hold', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const doc = await draftFor(request.id)
    const token = await sendAndReadToken(doc.id)
    const answers = await Promise.all([
      api.post(`/proposals/by-token/${token}/accept`, { body: { speaker: speakers[0].slug } }),
      api.post(`/proposals/by-token/${token}/accept`, { body: { speaker: speakers[1].slug } }),
      api.post(`/proposals/by-token/${token}/decline`, { body: { reason: 'too expensive' } }),
    ])
    expect(answers.map((r) => r.status).filter((s) => s === 200)).toHaveLength(1)
    expect(answers.map((r) => r.status).filter((s) => s === 409)).toHaveLength(2)
    const holds = await ctx.payload.count({
      collection: 'holds',
      where: { bookingRequest: { equals: request.id } },
    })
    const stored = await ctx.payload.findByID({ collection: 'proposals', id: doc.id })
    expect(holds.totalDocs).toBe(stored.status === 'accepted' ? 1 : 0)
  })

  it('a client answering while staff decline the request: never a 500, never a hold left on a declined request', async () => {
    for (let round = 0; round < 4; round += 1) {
      const request = await makeBookingRequest(ctx.payload)
      const token = await sendAndReadToken((await draftFor(request.id)).id)
      const [answer, decline] = await Promise.all([
        api.post(`/proposals/by-token/${token}/accept`, { body: { speaker: speakers[0].slug } }),
        api.patch(`/booking-requests/${request.id}`, {
          body: { status: 'declined' },
          token: staff.token,
        }),
      ])
      expect({ round, answer: answer.status, decline: decline.status }).toEqual({
        round,
        answer: answer.status === 200 ? 200 : 410,
        decline: 200,
      })
      const held = await ctx.payload.count({
        collection: 'holds',
        where: { bookingRequest: { equals: request.id }, status: { equals: 'held' } },
      })
      expect(held.totalDocs).toBe(0)
    }
  })

  it('a decline needs a reason; it is recorded and staff are told', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const doc = await draftFor(request.id)
    const token = await sendAndReadToken(doc.id)
    smtp.messages.length = 0
    const empty = await api.post(`/proposals/by-token/${token}/decline`, { body: { reason: '  ' } })
    expect(empty.status).toBe(400)
    expect(JSON.stringify(await empty.json())).toContain('reason')
    expect(
      (
        await api.post(`/proposals/by-token/${token}/decline`, {
          body: { reason: 'x'.repeat(2001) },
        })
      ).status,
    ).toBe(400)
    const declined = await api.post(`/proposals/by-token/${token}/decline`, {
      body: { reason: 'Budget was cut' },
    })
    expect(declined.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'proposals', id: doc.id })
    expect(stored.answer).toMatchObject({ kind: 'declined', reason: 'Budget was cut' })
    expect(stored.status).toBe('declined')
    await drainQueue(ctx.payload)
    const toStaff = smtp.messages.filter((m) => /Proposal declined/.test(m.subject ?? ''))
    expect(toStaff).toHaveLength(1)
    expect(toStaff[0].text).toContain('Budget was cut')
    expect(
      await ctx.payload.count({
        collection: 'holds',
        where: { bookingRequest: { equals: request.id } },
      }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('a revoked or expired link answers 410 and takes no answer', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const revoked = await draftFor(request.id)
    const revokedToken = await sendAndReadToken(revoked.id)
    expect((await api.post(`/proposals/${revoked.id}/revoke`, { token: staff.token })).status).toBe(
      200,
    )
    expect((await api.get(`/proposals/by-token/${revokedToken}`)).status).toBe(410)
    expect(
      (
        await api.post(`/proposals/by-token/${revokedToken}/accept`, {
          body: { speaker: speakers[0].slug },
        })
      ).status,
    ).toBe(410)
    expect((await api.post(`/proposals/${revoked.id}/revoke`, { token: staff.token })).status).toBe(
      409,
    )

    smtp.messages.length = 0
    const expiring = await draftFor(request.id)
    const expiringToken = await sendAndReadToken(expiring.id)
    await ctx.payload.db.updateOne({
      collection: 'proposals',
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      id: expiring.id,
    })
    expect((await api.get(`/proposals/by-token/${expiringToken}`)).status).toBe(410)
    // An event whose day has passed cannot be accepted any more (nothing to hold).
    const passed = await draftFor(request.id)
    const passedToken = await sendAndReadToken(passed.id)
    await ctx.payload.db.updateOne({
      collection: 'proposals',
      data: { eventDate: inDays(-2) },
      id: passed.id,
    })
    const late = await api.post(`/proposals/by-token/${passedToken}/accept`, {
      body: { speaker: speakers[0].slug },
    })
    expect(late.status).toBe(410)
    expect((await ctx.payload.findByID({ collection: 'proposals', id: passed.id })).status).toBe(
      'sent',
    )
    expect(
      (await api.post(`/proposals/by-token/${expiringToken}/decline`, { body: { reason: 'late' } }))
        .status,
    ).toBe(410)
    const stored = await ctx.payload.findByID({ collection: 'proposals', id: expiring.id })
    expect(stored.status).toBe('sent')
    expect(stored.answer?.kind ?? null).toBeNull()
  })
})
