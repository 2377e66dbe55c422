import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type TestContext } from '../helpers/bootPayload'

const BOOKINGS = 8

/**
 * Two runners polling the queue at the same moment (two app instances on one database, or the cron
 * and `npm run worker`) must split the due jobs between them, never both run one.
 */
describe('two job runners at once', () => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await bootPayload()
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should run each due job exactly once', async () => {
    const { payload } = ctx
    for (let i = 0; i < BOOKINGS; i++) {
      await payload.create({
        collection: 'booking-requests',
        data: {
          consent: true,
          contactName: `Organiser ${i}`,
          email: `organiser${i}@runners.test`,
          eventDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
          eventLocation: 'Osaka',
          eventName: `Two runners ${i}`,
        },
      })
    }
    const due = { waitUntil: { exists: false } }
    const queued = await payload.count({ collection: 'payload-jobs', where: due })
    expect(queued.totalDocs).toBe(3 * BOOKINGS) // staff mail, webhook, acknowledgement each

    const runs = await Promise.all([
      payload.jobs.run({ limit: 100 }),
      payload.jobs.run({ limit: 100 }),
    ])
    const ran = runs.flatMap(({ jobStatus }) => Object.keys(jobStatus ?? {}))
    expect(ran).toHaveLength(3 * BOOKINGS)
    expect(new Set(ran).size).toBe(3 * BOOKINGS) // no job in both runners' hands
    for (const { jobStatus } of runs)
      for (const { status } of Object.values(jobStatus ?? {})) expect(status).toBe('success')
    expect((await payload.count({ collection: 'payload-jobs', where: due })).totalDocs).toBe(0)
  })

  it('should not claim a job that another runner finished after this one read it', async () => {
    const { payload } = ctx
    const job = await payload.jobs.queue({
      input: { requestId: 'no-such-request' },
      task: 'notifyStaffOfBookingRequest',
    })
    // The other runner's whole run happens between this runner's read of the due jobs and its claim:
    // the job is processing = false again, but completed.
    const find = payload.db.find.bind(payload.db)
    payload.db.find = (async (args: Parameters<typeof find>[0]) => {
      const found = await find(args)
      payload.db.find = find
      await payload.update({
        collection: 'payload-jobs',
        data: { completedAt: new Date().toISOString(), processing: false },
        id: job.id,
      })
      return found
    }) as typeof find
    const claimed = await payload.db.updateJobs({
      data: { processing: true },
      limit: 10,
      req: {},
      returning: true,
      where: {
        and: [
          { id: { equals: job.id } },
          { completedAt: { exists: false } },
          { processing: { equals: false } },
        ],
      },
    })
    payload.db.find = find
    expect(claimed).toEqual([])
    const after = await payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect(after.processing).toBe(false)
  })
})
