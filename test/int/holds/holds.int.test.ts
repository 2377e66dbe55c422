import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayloadWithMail, type TestContext } from '../../helpers/bootPayload'
import { drainQueue, makeDue } from '../../helpers/drainQueue'
import { inDays, makeBookingRequest, publishSpeakers } from '../../helpers/proposals'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../../helpers/smtpSink'
import { type SignedInUser, signInAs } from '../../helpers/users'

type Id = number | string

describe('date holds: ranks, confirmation, expiry', () => {
  let smtp: SmtpSink
  let ctx: TestContext
  let api: ApiClient
  let staff: SignedInUser
  let staff2: SignedInUser
  let editor: SignedInUser
  let speakers: { id: Id; slug: string }[]
  let draftSpeaker: Id

  beforeAll(async () => {
    smtp = await startSmtpSink()
    ctx = await bootPayloadWithMail(smtp.port, {
      notifications: { staffEmails: ['desk@bureau.test'] },
    })
    api = createApiClient(ctx.config)
    staff = await signInAs(ctx.payload, 'staff')
    staff2 = await signInAs(ctx.payload, 'staff')
    editor = await signInAs(ctx.payload, 'editor')
    speakers = await publishSpeakers(ctx.payload, [
      'Hold One',
      'Hold Two',
      'Hold Three',
      'Hold Four',
      'Hold Five',
      'Hold Six',
      'Hold Seven',
      'Hold Eight',
    ])
    draftSpeaker = (
      await ctx.payload.create({ collection: 'speakers', data: { name: 'Hold Draft' } })
    ).id
  })

  afterAll(async () => {
    await ctx.close()
    await smtp.close()
  })

  beforeEach(async () => {
    await drainQueue(ctx.payload)
    smtp.messages.length = 0
  })

  const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()

  const holdBody = (speaker: Id, request: Id, overrides: Record<string, unknown> = {}) => ({
    bookingRequest: request,
    expiresAt: inHours(72),
    speaker,
    startDate: inDays(30),
    timeZone: 'Asia/Shanghai',
    ...overrides,
  })

  const hold = async (body: Record<string, unknown>, user = staff) => {
    const response = await api.post('/holds', { body, token: user.token })
    expect(response.status).toBe(201)
    return (await response.json()).doc as { id: Id; rank: number; status: string }
  }

  const read = (id: Id) => ctx.payload.findByID({ collection: 'holds', depth: 0, id })

  it('the first hold on a day is rank 1; a second on any of its days is rank 2, and the first hold’s staff are told', async () => {
    const [a, b] = [
      await makeBookingRequest(ctx.payload),
      await makeBookingRequest(ctx.payload, { eventName: 'Tech Week' }),
    ]
    const first = await hold(holdBody(speakers[0].id, a.id, { endDate: inDays(32) }))
    expect(first).toMatchObject({ rank: 1, status: 'held' })
    const second = await hold(holdBody(speakers[0].id, b.id, { startDate: inDays(32) }), staff2)
    expect(second.rank).toBe(2)
    // Another speaker, or other days, are not behind anyone.
    expect((await hold(holdBody(speakers[1].id, b.id))).rank).toBe(1)
    expect((await hold(holdBody(speakers[0].id, b.id, { startDate: inDays(33) }))).rank).toBe(1)
    await drainQueue(ctx.payload)
    const told = smtp.messages.filter((m) => /Second hold/.test(m.subject ?? ''))
    expect(told).toHaveLength(1)
    expect(recipientsOf(told[0])).toEqual([staff.user.email])
    expect(told[0].text).toContain('Tech Week')
    expect((await read(first.id)).createdBy).toBe(staff.user.id)
  })

  it('two holds on the same day made at once get ranks 1 and 2', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const made = await Promise.all([
      api.post('/holds', { body: holdBody(speakers[2].id, request.id), token: staff.token }),
      api.post('/holds', { body: holdBody(speakers[2].id, request.id), token: staff2.token }),
    ])
    const statuses = made.map((r) => r.status)
    const ranks = (
      await Promise.all(made.filter((r) => r.status === 201).map((r) => r.json()))
    ).map((b) => b.doc.rank)
    expect(statuses).toEqual([201, 201])
    expect([...ranks].sort()).toEqual([1, 2])
    const { docs } = await ctx.payload.find({
      collection: 'holds',
      where: { speaker: { equals: speakers[2].id } },
    })
    expect(docs.map((d) => d.rank).sort()).toEqual(ranks.sort())
  })

  it('takes a leap day and an expiry with any zone offset or fraction of a second', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const made = await hold(
      holdBody(speakers[3].id, request.id, {
        expiresAt: '2030-01-01T10:00:00.123+05:45',
        startDate: '2028-02-29',
      }),
    )
    const stored = await read(made.id)
    expect(stored.startDate).toBe('2028-02-29')
    expect(new Date(stored.expiresAt).toISOString()).toBe('2030-01-01T04:15:00.123Z')
  })

  it('a newer hold queues behind an older one on their shared day, whatever their ranks elsewhere', async () => {
    const speaker = (await publishSpeakers(ctx.payload, ['Queue Speaker']))[0].id
    const requests = [
      await makeBookingRequest(ctx.payload),
      await makeBookingRequest(ctx.payload),
      await makeBookingRequest(ctx.payload, { eventName: 'Two Day Summit' }),
      await makeBookingRequest(ctx.payload, { eventName: 'Second Day Forum' }),
    ]
    const [first, second] = [{ startDate: inDays(40) }, { startDate: inDays(41) }]
    const a = await hold(holdBody(speaker, requests[0].id, first))
    const b = await hold(holdBody(speaker, requests[1].id, first))
    // Rank 3 (behind a and b on its first day), yet first on its second day.
    const c = await hold(
      holdBody(speaker, requests[2].id, { ...first, endDate: inDays(41) }),
      staff2,
    )
    const d = await hold(holdBody(speaker, requests[3].id, second))
    expect([a.rank, b.rank, c.rank, d.rank]).toEqual([1, 2, 3, 2])
    const stored = async () =>
      Promise.all([a, b, c, d].map(async ({ id }) => (await read(id)).rank))
    expect(await stored()).toEqual([1, 2, 3, 2])
    await drainQueue(ctx.payload)
    // The newer hold on the second day is news to the staff of the two-day hold, ahead of it there.
    const told = smtp.messages.filter((m) => recipientsOf(m).includes(staff2.user.email!))
    expect(told.map((m) => m.text).join('\n')).toContain('Second Day Forum')

    for (const { id } of [a, b])
      await api.patch(`/holds/${id}`, { body: { status: 'released' }, token: staff.token })
    expect((await stored()).slice(2)).toEqual([1, 2])
  })

  it.each([
    ['a day in the past', { startDate: inDays(-2) }, 'startDate'],
    ['a last day before the first', { endDate: inDays(29) }, 'endDate'],
    ['more than 31 days', { endDate: inDays(70) }, 'endDate'],
    ['a time zone that does not exist', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['an expiry in the past', { expiresAt: inHours(-1) }, 'expiresAt'],
    ['no expiry', { expiresAt: undefined }, 'expiresAt'],
    // Days and moments that do not exist, and ids no document has: refused before any hook
    // queries by them (PostgreSQL answered 500, SQLite stored 2 March; paths named a query).
    ['an expiry on a day that does not exist', { expiresAt: '2027-02-30T00:00:00Z' }, 'expiresAt'],
    ['a first day that does not exist', { startDate: '2027-02-30' }, 'startDate'],
    ['an expiry not in ISO 8601', { expiresAt: 'Feb 30 2030' }, 'expiresAt'],
    ['an expiry at 24:00', { expiresAt: '2030-01-01T24:00:00Z' }, 'expiresAt'],
    ['a first day at 24:00', { startDate: '2030-08-01T24:00' }, 'startDate'],
    ['a last day that does not exist', { endDate: '2029-02-30' }, 'endDate'],
    ['a speaker id no speaker has', { speaker: 'abc' }, 'speaker'],
    ['a fractional speaker id', { speaker: 1.5 }, 'speaker'],
    [
      'a wrapped id no speaker has',
      { speaker: { relationTo: 'speakers', value: 'abc' } },
      'speaker',
    ],
    [
      'a document of another collection',
      { speaker: { relationTo: 'topics', value: 1 } },
      'speaker',
    ],
    [
      'a request id wrapped wrongly',
      { bookingRequest: { relationTo: 'x', value: 'abc' } },
      'bookingRequest',
    ],
  ])('%s is a 400 naming the field; nothing is stored', async (_name, overrides, path) => {
    const request = await makeBookingRequest(ctx.payload)
    const before = (await ctx.payload.count({ collection: 'holds' })).totalDocs
    const response = await api.post('/holds', {
      body: holdBody(speakers[3].id, request.id, overrides),
      token: staff.token,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(`"path":"${path}"`)
    expect((await ctx.payload.count({ collection: 'holds' })).totalDocs).toBe(before)
  })

  it('an expiry given as a Date through the Local API is kept; an object over REST is a 400', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const expiresAt = new Date(Date.now() + 50 * 3600_000)
    const made = await ctx.payload.create({
      collection: 'holds',
      data: { ...holdBody(speakers[7].id, request.id), expiresAt } as never,
      overrideAccess: false,
      user: staff.user,
    })
    expect(new Date((await read(made.id)).expiresAt as string).getTime()).toBe(expiresAt.getTime())
    const before = (await ctx.payload.count({ collection: 'holds' })).totalDocs
    const response = await api.post('/holds', {
      body: holdBody(speakers[7].id, request.id, { expiresAt: { at: 'tomorrow' } }),
      token: staff.token,
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('"path":"expiresAt"')
    expect((await ctx.payload.count({ collection: 'holds' })).totalDocs).toBe(before)
  })

  it('an unpublished speaker or a closed request gets no hold', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const draft = await api.post('/holds', {
      body: holdBody(draftSpeaker, request.id),
      token: staff.token,
    })
    expect(draft.status).toBe(400)
    expect(JSON.stringify(await draft.json())).toContain('"path":"speaker"')
    await ctx.payload.update({
      collection: 'booking-requests',
      data: { status: 'archived' },
      id: request.id,
    })
    const closed = await api.post('/holds', {
      body: holdBody(speakers[3].id, request.id),
      token: staff.token,
    })
    expect(closed.status).toBe(400)
    expect(JSON.stringify(await closed.json())).toContain('"path":"bookingRequest"')
  })

  it('a hold whose speaker is unpublished afterwards is still released by staff (the speaker exists)', async () => {
    const [speaker] = await publishSpeakers(ctx.payload, ['Hold Later Unpublished'])
    const request = await makeBookingRequest(ctx.payload)
    const made = await hold(holdBody(speaker.id, request.id))
    await ctx.payload.update({ collection: 'speakers', data: { _status: 'draft' }, id: speaker.id })
    const released = await api.patch(`/holds/${made.id}`, {
      body: { status: 'released' },
      token: staff.token,
    })
    expect(released.status).toBe(200)
    expect((await read(made.id)).status).toBe('released')
  })

  it('rank and status are the server’s; a hold’s terms never change', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const made = await hold(holdBody(speakers[3].id, request.id, { rank: 0, status: 'confirmed' }))
    expect(made).toMatchObject({ rank: 1, status: 'held' })
    const moved = await api.patch(`/holds/${made.id}`, {
      body: { startDate: inDays(40) },
      token: staff.token,
    })
    expect(moved.status).toBe(400)
    expect((await read(made.id)).startDate).toBe(inDays(30))
    const reranked = await api.patch(`/holds/${made.id}`, { body: { rank: 5 }, token: staff.token })
    expect(reranked.status).toBe(200)
    expect((await read(made.id)).rank).toBe(1)
  })

  it('only staff and admins see or touch holds, on every API', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const made = await hold(holdBody(speakers[4].id, request.id))
    const before = (await ctx.payload.count({ collection: 'holds' })).totalDocs
    expect((await api.post('/holds', { body: holdBody(speakers[4].id, request.id) })).status).toBe(
      403,
    )
    expect(
      (
        await api.post('/holds', {
          body: holdBody(speakers[4].id, request.id),
          token: editor.token,
        })
      ).status,
    ).toBe(403)
    expect((await api.get(`/holds/${made.id}`)).status).toBe(403)
    expect(
      (await api.patch(`/holds/${made.id}`, { body: { status: 'released' }, token: editor.token }))
        .status,
    ).toBe(403)
    expect(
      (
        await api.patch(`/holds?where[id][equals]=${made.id}`, {
          body: { status: 'released' },
          token: editor.token,
        })
      ).status,
    ).not.toBe(200)
    await expect(
      ctx.payload.update({
        collection: 'holds',
        data: { status: 'released' },
        id: made.id,
        overrideAccess: false,
        user: editor.user,
      }),
    ).rejects.toThrow()
    const graph = await api.graphql('{ Holds { docs { id speaker { name } } } }', {
      token: editor.token,
    })
    expect(graph.data?.Holds?.docs ?? []).toHaveLength(0)
    expect((await read(made.id)).status).toBe('held')
    expect((await ctx.payload.count({ collection: 'holds' })).totalDocs).toBe(before)
  })

  it('confirming a hold confirms the request with that speaker and releases the holds it beats; the ranks behind move up', async () => {
    const [a, b, c] = [
      await makeBookingRequest(ctx.payload, { eventName: 'Alpha Forum' }),
      await makeBookingRequest(ctx.payload, { eventName: 'Beta Days' }),
      await makeBookingRequest(ctx.payload, { eventName: 'Gamma Expo' }),
    ]
    const speaker = speakers[5].id
    const first = await hold(holdBody(speaker, a.id))
    const second = await hold(holdBody(speaker, b.id), staff2)
    const third = await hold(holdBody(speaker, c.id))
    const otherSpeakerForB = await hold(holdBody(speakers[6].id, b.id), staff2)
    expect([first.rank, second.rank, third.rank]).toEqual([1, 2, 3])

    // The first hold is released: the others move up.
    expect(
      (await api.patch(`/holds/${first.id}`, { body: { status: 'released' }, token: staff.token }))
        .status,
    ).toBe(200)
    expect((await read(second.id)).rank).toBe(1)
    expect((await read(third.id)).rank).toBe(2)
    await drainQueue(ctx.payload)
    smtp.messages.length = 0

    const confirmed = await api.patch(`/holds/${second.id}`, {
      body: { status: 'confirmed' },
      token: staff2.token,
    })
    expect(confirmed.status).toBe(200)
    const request = await ctx.payload.findByID({
      collection: 'booking-requests',
      depth: 0,
      id: b.id,
    })
    expect(request.status).toBe('confirmed')
    expect(request.confirmedSpeaker).toBe(speaker)
    expect(request.statusHistory!.at(-1)).toMatchObject({
      by: staff2.user.id,
      cause: 'hold_confirmed',
      to: 'confirmed',
    })
    expect((await read(third.id)).status).toBe('released')
    expect((await read(otherSpeakerForB.id)).status).toBe('released')
    expect(await read(second.id)).toMatchObject({ decidedBy: staff2.user.id, status: 'confirmed' })
    await drainQueue(ctx.payload)
    const released = smtp.messages.filter((m) => /Hold released/.test(m.subject ?? ''))
    expect(released.flatMap(recipientsOf).sort()).toEqual(
      [staff.user.email, staff2.user.email].sort(),
    )

    // Confirmed is final but for a release; no second confirmation on those days.
    const again = await hold(holdBody(speaker, a.id))
    const clash = await api.patch(`/holds/${again.id}`, {
      body: { status: 'confirmed' },
      token: staff.token,
    })
    expect(clash.status).toBe(400)
    expect(JSON.stringify(await clash.json())).toContain('"path":"status"')
    expect(
      (await api.patch(`/holds/${second.id}`, { body: { status: 'held' }, token: staff.token }))
        .status,
    ).toBe(400)
  })

  it('confirmations at the same moment book a speaker’s day once: bulk, concurrent, and one request twice', async () => {
    const speaker = (await publishSpeakers(ctx.payload, ['Race Speaker']))[0].id
    const statusesOf = async (ids: Id[]) =>
      Promise.all(ids.map(async (id) => (await read(id)).status))
    // One bulk update confirming two holds on the same day.
    const [a, b] = [await makeBookingRequest(ctx.payload), await makeBookingRequest(ctx.payload)]
    const bulk = [await hold(holdBody(speaker, a.id)), await hold(holdBody(speaker, b.id))]
    const bulkAnswer = await api.patch(`/holds?where[speaker][equals]=${speaker}`, {
      body: { status: 'confirmed' },
      token: staff.token,
    })
    expect(bulkAnswer.status).toBeLessThan(500)
    // One of them, the other released; the refusal says why (on PostgreSQL the documents of one
    // bulk update share a transaction: they take turns, so the second sees the first's claim).
    const bulkStatuses = (await statusesOf(bulk.map(({ id }) => id))).sort()
    expect(bulkStatuses).toEqual(['confirmed', 'released'])
    expect(JSON.stringify(await bulkAnswer.json())).not.toContain('Something went wrong')
    const requests = await Promise.all(
      [a, b].map(({ id }) =>
        ctx.payload.findByID({ collection: 'booking-requests', depth: 0, id }),
      ),
    )
    expect(requests.filter(({ status }) => status === 'confirmed')).toHaveLength(
      bulkStatuses.filter((status) => status === 'confirmed').length,
    )

    // Two staff confirming two holds of one day at once.
    const [c, d] = [await makeBookingRequest(ctx.payload), await makeBookingRequest(ctx.payload)]
    const day = { startDate: inDays(35) }
    const raced = [
      await hold(holdBody(speaker, c.id, day)),
      await hold(holdBody(speaker, d.id, day)),
    ]
    const answers = await Promise.all([
      api.patch(`/holds/${raced[0].id}`, { body: { status: 'confirmed' }, token: staff.token }),
      api.patch(`/holds/${raced[1].id}`, { body: { status: 'confirmed' }, token: staff2.token }),
    ])
    expect(answers.map(({ status }) => status).filter((status) => status >= 500)).toEqual([])
    expect(
      (await statusesOf(raced.map(({ id }) => id))).filter((s) => s === 'confirmed'),
    ).toHaveLength(1)

    // One request, two speakers, both confirmed at once: one engagement.
    const e = await makeBookingRequest(ctx.payload)
    const other = (await publishSpeakers(ctx.payload, ['Race Speaker Two']))[0].id
    const pair = [
      await hold(holdBody(speaker, e.id, { startDate: inDays(36) })),
      await hold(holdBody(other, e.id, { startDate: inDays(36) })),
    ]
    const both = await Promise.all(
      pair.map(({ id }) =>
        api.patch(`/holds/${id}`, { body: { status: 'confirmed' }, token: staff.token }),
      ),
    )
    expect(both.map(({ status }) => status).filter((status) => status >= 500)).toEqual([])
    expect(
      (await statusesOf(pair.map(({ id }) => id))).filter((s) => s === 'confirmed'),
    ).toHaveLength(1)
    const request = await ctx.payload.findByID({
      collection: 'booking-requests',
      depth: 0,
      id: e.id,
    })
    expect(request.statusHistory!.filter(({ to }) => to === 'confirmed')).toHaveLength(1)

    // A released engagement frees its day for the next confirmation.
    const winner = (await read(raced[0].id)).status === 'confirmed' ? raced[0] : raced[1]
    await api.patch(`/holds/${winner.id}`, { body: { status: 'released' }, token: staff.token })
    const f = await makeBookingRequest(ctx.payload)
    const next = await hold(holdBody(speaker, f.id, day))
    expect(
      (await api.patch(`/holds/${next.id}`, { body: { status: 'confirmed' }, token: staff.token }))
        .status,
    ).toBe(200)
  })

  it('a declined request’s holds are released and its proposals revoked; a closed request’s hold is not confirmed', async () => {
    const speaker = (await publishSpeakers(ctx.payload, ['Wind Down Speaker']))[0].id
    const [closing, other] = [
      await makeBookingRequest(ctx.payload),
      await makeBookingRequest(ctx.payload),
    ]
    const first = await hold(holdBody(speaker, closing.id))
    const second = await hold(holdBody(speaker, other.id))
    const proposal = await ctx.payload.create({
      collection: 'proposals',
      data: {
        bookingRequest: closing.id,
        items: [{ feeAmount: 1, feeCurrency: 'USD', speaker }],
      } as never,
    })
    await api.post(`/proposals/${proposal.id}/send`, { token: staff.token })
    expect(
      (
        await api.patch(`/booking-requests/${closing.id}`, {
          body: { status: 'declined' },
          token: staff.token,
        })
      ).status,
    ).toBe(200)
    expect((await read(first.id)).status).toBe('released')
    expect((await read(second.id)).rank).toBe(1)
    expect((await ctx.payload.findByID({ collection: 'proposals', id: proposal.id })).status).toBe(
      'revoked',
    )
    // A hold of a closed request (made before it closed) is never confirmed, and bumps nobody.
    const late = await makeBookingRequest(ctx.payload)
    const lateHold = await hold(holdBody(speaker, late.id, { startDate: inDays(45) }))
    await ctx.payload.db.updateOne({
      collection: 'booking-requests',
      data: { status: 'archived' },
      id: late.id,
    })
    const refused = await api.patch(`/holds/${lateHold.id}`, {
      body: { status: 'confirmed' },
      token: staff.token,
    })
    expect(refused.status).toBe(400)
    expect((await read(lateHold.id)).status).toBe('held')
    const lateRequest = await ctx.payload.findByID({
      collection: 'booking-requests',
      depth: 0,
      id: late.id,
    })
    expect(lateRequest.confirmedSpeaker ?? null).toBeNull()
  })

  it('an admin deleting a request takes its holds and proposals with it; deleting a hold moves the next up', async () => {
    const admin = await signInAs(ctx.payload, 'admin')
    const speaker = (await publishSpeakers(ctx.payload, ['Delete Speaker']))[0].id
    const [gone, kept] = [
      await makeBookingRequest(ctx.payload),
      await makeBookingRequest(ctx.payload),
    ]
    const first = await hold(holdBody(speaker, gone.id))
    const second = await hold(holdBody(speaker, kept.id))
    expect((await api.delete(`/holds/${first.id}`, { token: staff.token })).status).toBe(403)
    expect((await api.delete(`/holds/${first.id}`, { token: admin.token })).status).toBe(200)
    expect((await read(second.id)).rank).toBe(1)
    await ctx.payload.create({
      collection: 'proposals',
      data: {
        bookingRequest: gone.id,
        items: [{ feeAmount: 1, feeCurrency: 'USD', speaker }],
      } as never,
    })
    await hold(holdBody(speaker, gone.id, { startDate: inDays(50) }))
    expect((await api.delete(`/booking-requests/${gone.id}`, { token: admin.token })).status).toBe(
      200,
    )
    expect(
      (
        await ctx.payload.count({
          collection: 'proposals',
          where: { bookingRequest: { equals: gone.id } },
        })
      ).totalDocs,
    ).toBe(0)
    expect(
      (
        await ctx.payload.count({
          collection: 'holds',
          where: { bookingRequest: { equals: gone.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('a speaker in a hold or a proposal is not deleted (409, nothing lost); one with a calendar link only is, the link with it', async () => {
    const admin = await signInAs(ctx.payload, 'admin')
    const [held, proposed, linked] = await publishSpeakers(ctx.payload, [
      'Kept By Hold',
      'Kept By Proposal',
      'Only Linked',
    ])
    const request = await makeBookingRequest(ctx.payload)
    await hold(holdBody(held.id, request.id, { startDate: inDays(45) }))
    const proposal = await api.post('/proposals', {
      body: {
        bookingRequest: request.id,
        items: [{ feeAmount: 5000, feeCurrency: 'USD', speaker: proposed.id }],
      },
      token: staff.token,
    })
    expect(proposal.status).toBe(201)
    const versionsOf = async (id: Id) =>
      (
        await ctx.payload.countVersions({
          collection: 'speakers',
          where: { parent: { equals: id } },
        })
      ).totalDocs
    for (const { id } of [held, proposed]) {
      const versions = await versionsOf(id)
      const byId = await api.delete(`/speakers/${id}`, { token: admin.token })
      expect(byId.status).toBe(409)
      expect(JSON.stringify(await byId.json())).toContain('unpublish the profile instead')
      const bulk = await api.delete(`/speakers?where[id][equals]=${id}`, { token: admin.token })
      expect(bulk.status).toBeGreaterThanOrEqual(400)
      expect(bulk.status).toBeLessThan(500)
      // The speaker, its history and its records are all there.
      expect((await ctx.payload.findByID({ collection: 'speakers', id })).id).toBe(id)
      expect(await versionsOf(id)).toBe(versions)
    }
    expect(
      (await ctx.payload.count({ collection: 'holds', where: { speaker: { equals: held.id } } }))
        .totalDocs,
    ).toBe(1)
    const link = await api.post(`/speakers/${linked.id}/calendar-link`, { token: staff.token })
    expect(link.status).toBe(200)
    expect((await api.delete(`/speakers/${linked.id}`, { token: admin.token })).status).toBe(200)
    expect(
      (
        await ctx.payload.count({
          collection: 'calendar-links',
          where: { speaker: { equals: linked.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('a hold made while its speaker is deleted: never a 500, never a hold without its speaker', async () => {
    const admin = await signInAs(ctx.payload, 'admin')
    const request = await makeBookingRequest(ctx.payload)
    for (let round = 0; round < 6; round += 1) {
      const [speaker] = await publishSpeakers(ctx.payload, [`Raced Speaker ${round}`])
      const [made, deleted] = await Promise.all([
        api.post('/holds', {
          body: holdBody(speaker.id, request.id, { startDate: inDays(50 + round) }),
          token: staff.token,
        }),
        api.delete(`/speakers/${speaker.id}`, { token: admin.token }),
      ])
      const outcome = { deleted: deleted.status, made: made.status, round }
      // Either the hold first (the delete refused) or the delete first (the hold refused).
      expect([
        { deleted: 409, made: 201, round },
        { deleted: 200, made: 400, round },
      ]).toContainEqual(outcome)
    }
  })

  it('collections keeping no versions answer their version routes 404 (they failed with a 500)', async () => {
    for (const path of [
      '/holds/versions',
      '/holds/versions/1',
      '/proposals/versions',
      '/calendar-links/versions/1',
    ]) {
      for (const user of [staff, editor]) {
        const response = await api.get(path, { token: user.token })
        expect({ path, status: response.status }).toEqual({ path, status: 404 })
      }
    }
    const restore = await api.post('/holds/versions/1', { token: staff.token })
    expect(restore.status).toBe(404)
    // Payload's own collections keep none either (the API's routes answer for them).
    for (const path of [
      '/payload-jobs/versions',
      '/payload-jobs/VERSIONS/1',
      '/payload-preferences/versions/1',
      '/payload-locked-documents/versions',
    ]) {
      const response = await api.get(path, { token: staff.token })
      expect({ path, status: response.status }).toEqual({ path, status: 404 })
    }
    // Where versions are kept, the routes still answer (the content team).
    expect((await api.get('/speakers/versions', { token: editor.token })).status).toBe(200)
  })

  it('a hold expires at its time through the queue, once however many runners take the job', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const speaker = (await publishSpeakers(ctx.payload, ['Expiry Speaker']))[0].id
    const expiring = await hold(holdBody(speaker, request.id))
    const behind = await hold(holdBody(speaker, request.id))
    expect(behind.rank).toBe(2)
    // Not due yet: the job leaves it.
    await ctx.payload.db.updateOne({
      collection: 'holds',
      data: { expiresAt: inHours(-1) },
      id: expiring.id,
    })
    // Past its expiry and not yet marked: staff cannot confirm it meanwhile.
    const late = await api.patch(`/holds/${expiring.id}`, {
      body: { status: 'confirmed' },
      token: staff.token,
    })
    expect(late.status).toBe(400)
    expect(JSON.stringify(await late.json())).toContain('"path":"status"')
    expect((await read(expiring.id)).status).toBe('held')
    // Four runners (app instances) run the same job at once: one expires it.
    const task = ctx.payload.config.jobs.tasks!.find(({ slug }) => slug === 'expireHold')!
    const req = await createLocalReq({}, ctx.payload)
    const results = await Promise.all(
      [1, 2, 3, 4].map(() =>
        (task.handler as (args: unknown) => Promise<{ output: { result: string } }>)({
          input: { holdId: String(expiring.id) },
          req,
        }),
      ),
    )
    expect(results.map(({ output }) => output.result).sort()).toEqual([
      'expired',
      'not due',
      'not due',
      'not due',
    ])
    await drainQueue(ctx.payload)
    expect((await read(expiring.id)).status).toBe('expired')
    expect((await read(behind.id)).rank).toBe(1)
    expect((await read(behind.id)).status).toBe('held')
  })

  it('a later expiry keeps the hold past the first job; a released hold never expires', async () => {
    const request = await makeBookingRequest(ctx.payload)
    const speaker = (await publishSpeakers(ctx.payload, ['Extended Speaker']))[0].id
    const extended = await hold(holdBody(speaker, request.id))
    expect(
      (
        await api.patch(`/holds/${extended.id}`, {
          body: { expiresAt: inHours(200) },
          token: staff.token,
        })
      ).status,
    ).toBe(200)
    await makeDue(ctx.payload, 'expireHold')
    await drainQueue(ctx.payload)
    expect((await read(extended.id)).status).toBe('held')
    const released = await hold(holdBody(speaker, request.id, { startDate: inDays(31) }))
    await api.patch(`/holds/${released.id}`, { body: { status: 'released' }, token: staff.token })
    await ctx.payload.db.updateOne({
      collection: 'holds',
      data: { expiresAt: inHours(-1) },
      id: released.id,
    })
    await makeDue(ctx.payload, 'expireHold')
    await drainQueue(ctx.payload)
    expect((await read(released.id)).status).toBe('released')
  })
})
