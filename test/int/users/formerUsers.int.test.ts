import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { statusHistoryLines } from '../../../src/bookings/admin/statusHistoryLines'
import { formerUser } from '../../../src/users/formerUser'
import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { drainQueue } from '../../helpers/drainQueue'
import { inDays, makeBookingRequest, publishSpeakers } from '../../helpers/proposals'
import { type SignedInUser, signInAs } from '../../helpers/users'

type Id = number | string

describe('former users: what a deleted person did stays readable', () => {
  let ctx: TestContext
  let api: ApiClient
  let admin: SignedInUser
  let reviewer: SignedInUser
  let leavingEditor: SignedInUser
  let leavingStaff: SignedInUser
  let interviewId: Id
  let requestId: Id
  let proposalId: Id
  let holdId: Id

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
    reviewer = await signInAs(ctx.payload, 'reviewer')
    leavingEditor = await signInAs(ctx.payload, 'editor')
    leavingStaff = await signInAs(ctx.payload, 'staff')
    const [speaker] = await publishSpeakers(ctx.payload, ['Former Fan'])

    // The editor submits an interview for review: a review event `by` them.
    interviewId = (
      await ctx.payload.create({
        collection: 'interviews',
        data: { speakers: [speaker.id] as number[], title: 'Kept history' },
      })
    ).id
    const submitted = await api.patch(`/interviews/${interviewId}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: leavingEditor.token,
    })
    expect(submitted.status).toBe(200)

    // The staff member writes a note, moves the request, makes and sends a proposal, holds a date.
    requestId = (await makeBookingRequest(ctx.payload)).id
    const noted = await api.patch(`/booking-requests/${requestId}`, {
      body: {
        assignee: leavingStaff.user.id,
        internalNotes: [{ note: 'Called the client' }],
        status: 'in_review',
      },
      token: leavingStaff.token,
    })
    expect(noted.status).toBe(200)
    const proposal = await api.post('/proposals', {
      body: {
        bookingRequest: requestId,
        items: [{ feeAmount: 1000, feeCurrency: 'USD', speaker: speaker.id }],
      },
      token: leavingStaff.token,
    })
    expect(proposal.status).toBe(201)
    proposalId = (await proposal.json()).doc.id
    expect(
      (await api.post(`/proposals/${proposalId}/send`, { token: leavingStaff.token })).status,
    ).toBe(200)
    const hold = await api.post('/holds', {
      body: {
        bookingRequest: requestId,
        expiresAt: new Date(Date.now() + 72 * 3600_000).toISOString(),
        speaker: speaker.id,
        startDate: inDays(30),
        timeZone: 'Asia/Shanghai',
      },
      token: leavingStaff.token,
    })
    expect(hold.status).toBe(201)
    holdId = (await hold.json()).doc.id
    const released = await api.patch(`/holds/${holdId}`, {
      body: { status: 'released' },
      token: leavingStaff.token,
    })
    expect(released.status).toBe(200)
    await drainQueue(ctx.payload)
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should delete a user who has review events, notes, status moves, proposals and holds', async () => {
    for (const leaving of [leavingEditor, leavingStaff]) {
      const response = await api.delete(`/users/${leaving.user.id}`, { token: admin.token })
      expect(response.status).toBe(200)
      const { totalDocs } = await ctx.payload.count({
        collection: 'users',
        where: { id: { equals: leaving.user.id } },
      })
      expect(totalDocs).toBe(0)
    }
  })

  /** Every read answer below, to check that nothing of the deleted people was kept. */
  const seen: string[] = []
  const rest = async (path: string, token = admin.token) => {
    const response = await api.get(path, { token })
    const text = await response.text()
    seen.push(text)
    expect(response.status).toBe(200)
    return JSON.parse(text)
  }
  const graphql = async (query: string, token = admin.token) => {
    const answer = await api.graphql(query, { token })
    seen.push(JSON.stringify(answer))
    expect(answer.errors).toBeUndefined()
    return answer.data as Record<string, any>
  }

  it('should list and read review events over REST and GraphQL, the deleted author as nobody', async () => {
    const listed = await rest(
      `/review-events?depth=1&where[document.value][equals]=${interviewId}`,
      reviewer.token,
    )
    expect(listed.docs).toHaveLength(1)
    expect(listed.docs[0]).toMatchObject({ by: null, kind: 'submitted', title: 'Kept history' })
    expect(
      (await rest(`/review-events/${listed.docs[0].id}?depth=2`, reviewer.token)).by,
    ).toBeNull()
    const graph = await graphql(
      '{ ReviewEvents { docs { kind by { id name email } } } }',
      reviewer.token,
    )
    expect(graph.ReviewEvents.docs).toEqual([{ by: null, kind: 'submitted' }])
    // The interview they submitted names nobody as its submitter now.
    const interview = await rest(`/interviews/${interviewId}?depth=1&draft=true`, reviewer.token)
    expect(interview.reviewSubmittedBy ?? null).toBeNull()
  })

  it('should read the booking request, proposal and hold over REST and GraphQL, the deleted staff member as nobody', async () => {
    const request = await rest(`/booking-requests/${requestId}?depth=1`)
    expect(request.assignee).toBeNull()
    expect(request.internalNotes).toMatchObject([{ author: null, note: 'Called the client' }])
    expect(request.statusHistory).toMatchObject([
      { by: null, cause: null, to: 'in_review' },
      { by: null, cause: 'proposal_sent', to: 'proposal_sent' },
    ])
    const graphRequest = await graphql(
      `{ BookingRequest(id: ${requestId}) { assignee { name } internalNotes { author { name } note } statusHistory { by { name } to } } }`,
    )
    expect(graphRequest.BookingRequest.statusHistory).toEqual([
      { by: null, to: 'in_review' },
      { by: null, to: 'proposal_sent' },
    ])
    const proposal = await rest(`/proposals/${proposalId}?depth=1`)
    expect(proposal).toMatchObject({ createdBy: null, sending: { by: null }, status: 'sent' })
    const graphProposal = await graphql(
      `{ Proposal(id: ${proposalId}) { createdBy { name } sending { by { name } at } } }`,
    )
    expect(graphProposal.Proposal).toMatchObject({ createdBy: null, sending: { by: null } })
    const hold = await rest(`/holds/${holdId}?depth=1`)
    expect(hold).toMatchObject({ createdBy: null, decidedBy: null, status: 'released' })
    const graphHold = await graphql(
      `{ Hold(id: ${holdId}) { createdBy { name } decidedBy { name } } }`,
    )
    expect(graphHold.Hold).toEqual({ createdBy: null, decidedBy: null })
    await rest('/booking-requests?depth=1')
    await rest('/proposals?depth=1')
    await rest('/holds?depth=1')
  })

  it('should keep no trace of the deleted people in anything read', () => {
    expect(seen.length).toBeGreaterThan(5)
    for (const person of [leavingEditor.user, leavingStaff.user]) {
      for (const answer of seen) {
        expect(answer).not.toContain(person.name)
        expect(answer).not.toContain(person.email)
      }
    }
  })

  it('should show "Former user" in the status history where a staff member was, in English and Chinese', () => {
    const rows = [
      { at: null, by: null, from: 'new', to: 'in_review' },
      { at: null, by: null, cause: 'proposal_sent', from: 'in_review', to: 'proposal_sent' },
      { at: null, by: null, cause: 'proposal_accepted', from: 'proposal_sent', to: 'confirmed' },
      { at: null, by: 7, from: 'confirmed', to: 'archived' },
    ]
    const lines = (language: 'en' | 'zh') =>
      statusHistoryLines({
        formerUser: formerUser[language],
        language,
        nameOf: (by) => (String(by) === '7' ? 'Sam Staff' : undefined),
        rows,
        statusLabel: (value) => value,
      })
    expect(lines('en')).toEqual([
      'confirmed → archived · Sam Staff',
      // The client accepted: nobody of the bureau was there.
      'proposal_sent → confirmed · proposal_accepted',
      'in_review → proposal_sent · proposal_sent · Former user',
      'new → in_review · Former user',
    ])
    expect(lines('zh')[3]).toBe('new → in_review · 前用户')
  })
})
