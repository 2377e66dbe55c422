import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { BookingChannel } from '../../src/bookings/bookingChannels'
import { deliverBookingOnce as deliverOnce } from '../../src/bookings/deliverBookingOnce'
import { bootPayload, type TestContext } from '../helpers/bootPayload'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Two app instances on one database can both pick the same queued job (Payload's job runner reads
 * the due jobs, then marks them processing, without a condition between the two), so the same
 * notification task can run twice at the same moment. These run deliverOnce side by side.
 */
describe('deliverOnce with two runners at once', () => {
  let ctx: TestContext
  let requestId: number | string

  beforeAll(async () => {
    ctx = await bootPayload()
    const request = await ctx.payload.create({
      collection: 'booking-requests',
      data: {
        consent: true,
        contactName: 'Twice',
        email: 'twice@events.test',
        eventDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
        eventLocation: 'Lyon',
        eventName: 'Run twice',
      },
    })
    requestId = request.id
  })

  afterAll(async () => {
    await ctx.close()
  })

  const recordOf = async (channel: BookingChannel) =>
    (
      await ctx.payload.find({
        collection: 'booking-notifications',
        where: { key: { equals: `${requestId}:${channel}` } },
      })
    ).docs

  it('should deliver once and let the other runner skip once it sees the delivery', async () => {
    let calls = 0
    const deliver = async () => {
      calls++
      await sleep(300)
    }
    const run = () =>
      deliverOnce({ channel: 'staff_email', deliver, payload: ctx.payload, requestId })
    const results = await Promise.all([run(), run(), run()])
    expect(calls).toBe(1)
    expect(results.sort()).toEqual(['delivered', 'skipped', 'skipped'])
    const records = await recordOf('staff_email')
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ attempts: 1, deliveredAt: expect.any(String) })
    expect(await run()).toBe('skipped')
    expect(calls).toBe(1)
  })

  it('should hand a failed attempt back to the queue, and deliver exactly once on the retry', async () => {
    const outcomes: string[] = []
    const failing = async () => {
      outcomes.push('failed')
      await sleep(200)
      throw new Error('SMTP down')
    }
    const working = async () => {
      outcomes.push('delivered')
    }
    const run = (deliver: () => Promise<void>) =>
      deliverOnce({ channel: 'requester_ack', deliver, payload: ctx.payload, requestId })
    const [first, second] = await Promise.allSettled([run(failing), run(failing)])
    expect([first.status, second.status]).toEqual(['rejected', 'rejected'])
    expect(outcomes).toEqual(['failed'])
    expect((await recordOf('requester_ack'))[0]).toMatchObject({
      attempts: 1,
      lastError: 'SMTP down',
    })

    const retries = await Promise.all([run(working), run(working)])
    expect(retries.sort()).toEqual(['delivered', 'skipped'])
    expect(outcomes).toEqual(['failed', 'delivered'])
    expect((await recordOf('requester_ack'))[0]).toMatchObject({
      attempts: 2,
      deliveredAt: expect.any(String),
      lastError: null,
    })
  })

  it('should leave a running attempt alone, and take over one whose runner died after the lease', async () => {
    const record = await ctx.payload.create({
      collection: 'booking-notifications',
      data: {
        attempts: 1,
        channel: 'webhook',
        key: `${requestId}:webhook`,
        request: requestId as number,
      },
    })
    let calls = 0
    const run = () =>
      deliverOnce({
        channel: 'webhook',
        deliver: async () => void calls++,
        leaseMs: 60_000,
        payload: ctx.payload,
        requestId,
        waitMs: 300,
      })
    await expect(run()).rejects.toThrow('another runner is delivering it')
    expect(calls).toBe(0)

    await ctx.payload.db.updateOne({
      collection: 'booking-notifications',
      data: { updatedAt: new Date(Date.now() - 61_000).toISOString() },
      id: record.id,
    })
    expect(await run()).toBe('delivered')
    expect(calls).toBe(1)
    expect((await recordOf('webhook'))[0]).toMatchObject({
      attempts: 2,
      deliveredAt: expect.any(String),
    })
  })
})
