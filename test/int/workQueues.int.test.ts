import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { workQueuesFor } from '../../src/admin/workQueues'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'

describe('dashboard work queues', () => {
  let ctx: TestContext
  const users = {} as Record<'editor' | 'otherEditor' | 'reviewer' | 'staff', SignedInUser>

  beforeAll(async () => {
    ctx = await bootPayload()
    users.editor = await signInAs(ctx.payload, 'editor')
    users.otherEditor = await signInAs(ctx.payload, 'editor')
    users.reviewer = await signInAs(ctx.payload, 'reviewer')
    users.staff = await signInAs(ctx.payload, 'staff')
    const { payload } = ctx
    const speaker = await payload.create({
      collection: 'speakers',
      data: { name: 'Queued Speaker' },
    })
    const inReview = await payload.create({
      collection: 'interviews',
      data: { speakers: [speaker.id], title: 'Please review' },
    })
    await payload.update({
      collection: 'interviews',
      data: { reviewState: 'in_review' },
      draft: true,
      id: inReview.id,
    })
    const sentBack = await payload.create({
      collection: 'interviews',
      data: { speakers: [speaker.id], title: 'Fix me' },
    })
    await payload.update({
      collection: 'interviews',
      data: { reviewState: 'changes_requested', reviewSubmittedBy: users.editor.user.id },
      draft: true,
      id: sentBack.id,
    })
    const booking = {
      contactName: 'Q',
      email: 'q@e.test',
      eventDate: '2031-01-01',
      eventLocation: 'Oslo',
    }
    await payload.create({
      collection: 'booking-requests',
      data: { ...booking, eventName: 'Fresh' },
    })
    const mine = await payload.create({
      collection: 'booking-requests',
      data: { ...booking, eventName: 'Mine' },
    })
    await payload.update({
      collection: 'booking-requests',
      data: { assignee: users.staff.user.id, status: 'in_review' },
      id: mine.id,
    })
  })

  afterAll(async () => {
    await ctx.close()
  })

  const queuesOf = async (who: keyof typeof users, slaHours = 24) =>
    Object.fromEntries(
      (
        await workQueuesFor({
          adminRoute: '/admin',
          payload: ctx.payload,
          slaHours,
          user: users[who].user as never,
        })
      ).map((queue) => [queue.title, queue.items.map(({ label }) => label)]),
    )

  it('should show reviewers what waits for review', async () => {
    expect(await queuesOf('reviewer')).toEqual({ 'Waiting for review': ['Please review'] })
  })

  it('should show editors only their own documents sent back', async () => {
    expect(await queuesOf('editor')).toEqual({ 'Sent back to you with notes': ['Fix me'] })
    expect(await queuesOf('otherEditor')).toEqual({ 'Sent back to you with notes': [] })
  })

  it('should show staff new requests, their own, and those past the SLA', async () => {
    expect(await queuesOf('staff')).toEqual({
      'Assigned to you': ['Mine'],
      'New booking requests': ['Fresh'],
      'New for more than 24 h': [],
    })
    expect((await queuesOf('staff', 0))['New for more than 0 h']).toEqual(['Fresh'])
  })
})
