import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { renderToStaticMarkup } from 'react-dom/server'

import { WorkQueues } from '../../src/admin/WorkQueues'
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
      data: { reviewState: 'in_review', reviewSubmittedBy: users.editor.user.id },
      draft: true,
      id: inReview.id,
    })
    const draft = await payload.create({
      collection: 'interviews',
      data: { speakers: [speaker.id], title: 'Half written' },
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: users.editor.user,
    })
    expect(draft.contentEditedBy).toBe(users.editor.user.id)
    const reviewersOwn = await payload.create({
      collection: 'interviews',
      data: { speakers: [speaker.id], title: 'Reviewer wrote this' },
      draft: true,
    })
    await payload.update({
      collection: 'interviews',
      data: { reviewState: 'in_review', reviewSubmittedBy: users.reviewer.user.id },
      draft: true,
      id: reviewersOwn.id,
    })
    const approved = await payload.create({
      collection: 'interviews',
      data: { speakers: [speaker.id], title: 'Good to go' },
      draft: true,
    })
    await payload.update({
      collection: 'interviews',
      data: { reviewState: 'approved' },
      draft: true,
      id: approved.id,
    })
    await payload.create({
      collection: 'interviews',
      data: { _status: 'published', speakers: [speaker.id], title: 'Already live' },
    })
    const sentBack = await payload.create({
      collection: 'interviews',
      data: { speakers: [speaker.id], title: 'Fix me' },
    })
    await payload.update({
      collection: 'interviews',
      data: {
        reviewNote: 'Say where it first ran.',
        reviewState: 'changes_requested',
        reviewSubmittedBy: users.editor.user.id,
      },
      draft: true,
      id: sentBack.id,
    })
    const booking = {
      consent: true,
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
      ).map((queue) => [queue.id, queue.items.map(({ label }) => label)]),
    )

  it('should show reviewers what others sent to review, and what is approved but not live', async () => {
    expect(await queuesOf('reviewer')).toEqual({
      readyToPublish: ['Good to go'],
      toReview: ['Please review'],
    })
  })

  it('should show editors their drafts, what waits for review, and what came back with the note', async () => {
    expect(await queuesOf('editor')).toEqual({
      myDrafts: ['Half written'],
      myWaitingForReview: ['Please review'],
      sentBack: ['Fix me'],
    })
    const queues = await workQueuesFor({
      adminRoute: '/admin',
      payload: ctx.payload,
      slaHours: 24,
      user: users.editor.user as never,
    })
    const sentBack = queues.find(({ id }) => id === 'sentBack')
    expect(sentBack?.items).toEqual([
      {
        href: expect.stringMatching(/^\/admin\/collections\/interviews\/.+/),
        label: 'Fix me',
        note: 'Say where it first ran.',
      },
    ])
    expect(sentBack?.title).toEqual({ en: 'Sent back to you', zh: '退回给您修改' })
    expect(await queuesOf('otherEditor')).toEqual({
      myDrafts: [],
      myWaitingForReview: [],
      sentBack: [],
    })
  })

  it('should show staff new requests, their own, and those past the SLA', async () => {
    expect(await queuesOf('staff')).toEqual({
      assignedToYou: ['Mine'],
      newBookings: ['Fresh'],
      overdueBookings: [],
    })
    expect((await queuesOf('staff', 0)).overdueBookings).toEqual(['Fresh'])
  })

  it("should count a request overdue after the plugin's bookings.slaHours, not an environment variable", async () => {
    // The dashboard as Payload renders it: the component with the server props the plugin gives it.
    const components = (ctx.payload.config.admin.components.beforeDashboard ?? []) as unknown[]
    const entry = components.find((component) =>
      String((component as { path?: string }).path).includes('WorkQueues'),
    ) as { serverProps: { slaHours: number } }
    expect(entry.serverProps).toEqual({ slaHours: 24 })
    const fresh = await ctx.payload.find({
      collection: 'booking-requests',
      where: { eventName: { equals: 'Fresh' } },
    })
    // 30 hours old: overdue under the default 24 h, not under a host's 48 h.
    await ctx.payload.db.updateOne({
      collection: 'booking-requests',
      data: { createdAt: new Date(Date.now() - 30 * 3600_000).toISOString() },
      id: fresh.docs[0].id,
    })
    process.env.BOOKING_SLA_HOURS = '1'
    try {
      const render = async (slaHours: number) =>
        renderToStaticMarkup(
          (await WorkQueues({ payload: ctx.payload, slaHours, user: users.staff.user as never }))!,
        )
      const overdue = (markup: string) =>
        markup.match(/New for more than (\d+) h: <span class="work-queue__count">(\d+)</)?.slice(1)
      expect(overdue(await render(entry.serverProps.slaHours))).toEqual(['24', '1'])
      expect(overdue(await render(48))).toEqual(['48', '0'])
    } finally {
      delete process.env.BOOKING_SLA_HOURS
    }
  })
})
