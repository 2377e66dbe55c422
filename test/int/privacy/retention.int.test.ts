import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { monthsBefore } from '../../../src/privacy/retention/retentionCutoffs'
import { applyRetention } from '../../../src/privacy/retention/applyRetention'
import { APPLY_RETENTION, BOOKING_TASKS } from '../../../src/vocabulary/taskNames'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { drainQueue } from '../../helpers/drainQueue'
import { makeBookingRequest } from '../../helpers/proposals'

type Id = number | string

const DAY = 86_400_000

describe('retention: the daily job anonymises booking requests past their period', () => {
  let ctx: TestContext
  const made: Record<string, Id> = {}

  /** A request from `name`, put in `status`, last changed `months` months (and a day) ago. */
  const requestIn = async (name: string, status: string, months: number) => {
    const { id } = await makeBookingRequest(ctx.payload, {
      consent: true,
      contactName: name,
      email: `${name.toLowerCase()}@old.example`,
      phone: '+86 10 5555 0100',
    })
    const at = new Date(new Date(monthsBefore(new Date(), months)).getTime() - DAY)
    await ctx.payload.db.updateOne({
      collection: 'booking-requests',
      data: { status, updatedAt: at.toISOString() },
      id,
    })
    made[name] = id
  }

  const read = (name: string) =>
    ctx.payload.findByID({ collection: 'booking-requests', depth: 0, id: made[name] })

  const queueRetention = (input: Record<string, unknown> = {}) =>
    ctx.payload.jobs.queue({ input, task: APPLY_RETENTION } as never)

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: { privacy: { retentionMonths: { declined: 12 } } } })
    await requestIn('Declined', 'declined', 12) // past 12 months (the option given)
    await requestIn('Declinedrecent', 'declined', 11)
    await requestIn('Confirmed', 'confirmed', 84) // past 7 years (the default)
    await requestIn('Confirmedrecent', 'confirmed', 30)
    await requestIn('Archived', 'archived', 24) // past 24 months (the default)
    await requestIn('Stillnew', 'new', 120) // open: never by age
    // Delivered notifications (records), and the SLA reminders still waiting (job records).
    await drainQueue(ctx.payload)
  })

  afterAll(async () => {
    await ctx.close()
  })

  const expired = ['Archived', 'Confirmed', 'Declined']

  it('a dry run lists exactly the expired requests and changes nothing', async () => {
    const { anonymised } = await applyRetention({
      isDryRun: true,
      req: await createLocalReq({}, ctx.payload),
    })
    expect(anonymised.map(({ id }) => String(id)).sort()).toEqual(
      expired.map((name) => String(made[name])).sort(),
    )
    for (const name of expired) expect((await read(name)).contactName).toBe(name)
    expect((await ctx.payload.count({ collection: 'retention-runs' })).totalDocs).toBe(0)
  })

  it('two runs started at once (two instances): one runs the day, each request is anonymised once', async () => {
    const notificationsBefore = (
      await ctx.payload.count({
        collection: 'booking-notifications',
        where: { request: { equals: made.Declined } },
      })
    ).totalDocs
    expect(notificationsBefore).toBeGreaterThan(0)
    const [a, b] = [await queueRetention(), await queueRetention()]
    await Promise.all([
      ctx.payload.jobs.runByID({ id: a.id }),
      ctx.payload.jobs.runByID({ id: b.id }),
    ])
    const { docs: runs } = await ctx.payload.find({ collection: 'retention-runs' })
    expect(runs).toHaveLength(1)
    expect(runs[0]).toMatchObject({ anonymised: 3, day: new Date().toISOString().slice(0, 10) })
    expect(runs[0].finishedAt).toBeTruthy()

    for (const name of expired) {
      const request = await read(name)
      expect(request).toMatchObject({
        anonymised: { reason: 'retention' },
        contactName: '[anonymised]',
        email: 'anonymised@anonymised.invalid',
        phone: null,
      })
      // Kept for statistics.
      expect(request.status).toBe(name.toLowerCase())
      expect(request.eventDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      const about = { request: { equals: made[name] } }
      expect(
        (await ctx.payload.count({ collection: 'booking-notifications', where: about })).totalDocs,
      ).toBe(0)
      const { docs: jobs } = await ctx.payload.find({
        collection: 'payload-jobs',
        limit: 0,
        where: { taskSlug: { in: Object.values(BOOKING_TASKS) } },
      })
      expect(
        jobs.filter(
          (job) => String((job.input as { requestId?: string })?.requestId) === String(made[name]),
        ),
      ).toEqual([])
    }
    for (const name of ['Declinedrecent', 'Confirmedrecent', 'Stillnew']) {
      const request = await read(name)
      expect({
        name,
        contactName: request.contactName,
        anonymised: request.anonymised?.at ?? null,
      }).toEqual({ name, contactName: name, anonymised: null })
    }
  })

  it('a later run the same day does nothing, even with a newly expired request', async () => {
    await requestIn('Latecomer', 'declined', 13)
    const job = await queueRetention()
    await ctx.payload.jobs.runByID({ id: job.id })
    expect((await read('Latecomer')).contactName).toBe('Latecomer')
    expect((await ctx.payload.count({ collection: 'retention-runs' })).totalDocs).toBe(1)
  })

  it('overlapping runs (the CLI and the job) never anonymise one request twice', async () => {
    const req = () => createLocalReq({}, ctx.payload)
    const [one, two] = await Promise.all([
      applyRetention({ req: await req() }),
      applyRetention({ req: await req() }),
    ])
    const ids = [...one.anonymised, ...two.anonymised].map(({ id }) => String(id))
    expect(ids).toEqual([String(made.Latecomer)])
    expect((await read('Latecomer')).anonymised?.reason).toBe('retention')
  })

  it('is scheduled daily by Payload’s queue at the configured time', async () => {
    const task = ctx.payload.config.jobs.tasks?.find(({ slug }) => slug === APPLY_RETENTION)
    expect(task?.schedule?.[0]).toMatchObject({ cron: '30 3 * * *', queue: 'default' })
    await ctx.payload.jobs.handleSchedules({ queue: 'default' })
    const { docs } = await ctx.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: APPLY_RETENTION } },
    })
    expect(docs).toHaveLength(1)
    const at = new Date(String(docs[0].waitUntil))
    expect([at.getHours(), at.getMinutes()]).toEqual([3, 30])
    expect(at.getTime()).toBeGreaterThan(Date.now())
    expect(at.getTime()).toBeLessThanOrEqual(Date.now() + DAY)
  })
})
