import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { monthsBefore } from '../../../src/privacy/retention/retentionCutoffs'
import { applyRetention } from '../../../src/privacy/retention/applyRetention'
import {
  APPLY_RETENTION,
  BOOKING_TASKS,
  HOLD_TASKS,
  PROPOSAL_TASKS,
} from '../../../src/vocabulary/taskNames'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { drainQueue } from '../../helpers/drainQueue'
import { inDays, makeBookingRequest, publishSpeakers } from '../../helpers/proposals'

type Id = number | string

const DAY = 86_400_000

describe('retention: the daily job anonymises booking requests past their period', () => {
  let ctx: TestContext
  let speaker: Id
  const made: Record<string, Id> = {}

  /**
   * Waiting jobs about the request's proposal and hold (its own SLA reminder waits already): a
   * hold queues its expiry; the proposal's job is queued here, as an answer would queue it.
   */
  const giveProposalAndHold = async (requestId: Id) => {
    const { totalDocs: before } = await ctx.payload.count({ collection: 'holds' })
    await ctx.payload.create({
      collection: 'holds',
      data: {
        bookingRequest: requestId,
        expiresAt: new Date(Date.now() + 48 * 3600_000).toISOString(),
        speaker,
        // A day of its own: no hold ranks behind another.
        startDate: inDays(30 + before),
        timeZone: 'Asia/Shanghai',
      } as never,
    })
    const proposal = await ctx.payload.create({
      collection: 'proposals',
      data: {
        bookingRequest: requestId,
        items: [{ feeAmount: 5000, feeCurrency: 'USD', speaker }],
      } as never,
    })
    await ctx.payload.jobs.queue({
      input: { proposalId: String(proposal.id) },
      task: PROPOSAL_TASKS.notifyAnswer,
      waitUntil: new Date(Date.now() + 48 * 3600_000),
    } as never)
  }

  /** A request from `name`, put in `status`, last changed `months` months (and a day) ago. */
  const requestIn = async (name: string, status: string, months: number) => {
    const { id } = await makeBookingRequest(ctx.payload, {
      consent: true,
      contactName: name,
      email: `${name.toLowerCase()}@old.example`,
      phone: '+86 10 5555 0100',
    })
    await giveProposalAndHold(id)
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

  /** Which kinds of job records (booking, proposal, hold) there are about each named request. */
  const jobKindsByName = async (names: string[]) => {
    const kinds = [
      ['booking', Object.values(BOOKING_TASKS), 'requestId'],
      ['proposal', Object.values(PROPOSAL_TASKS), 'proposalId'],
      ['hold', Object.values(HOLD_TASKS), 'holdId'],
    ] as const
    const { docs: jobs } = await ctx.payload.find({
      collection: 'payload-jobs',
      limit: 0,
      where: { taskSlug: { in: kinds.flatMap(([, slugs]) => slugs) } },
    })
    const result: Record<string, string[]> = {}
    for (const name of names) {
      const ofRequest = { depth: 0, limit: 0, where: { bookingRequest: { equals: made[name] } } }
      const owned = {
        booking: [String(made[name])],
        hold: (await ctx.payload.find({ ...ofRequest, collection: 'holds' })).docs.map(({ id }) =>
          String(id),
        ),
        proposal: (await ctx.payload.find({ ...ofRequest, collection: 'proposals' })).docs.map(
          ({ id }) => String(id),
        ),
      }
      result[name] = kinds
        .filter(([kind, slugs, key]) =>
          jobs.some(
            (job) =>
              (slugs as readonly string[]).includes(job.taskSlug ?? '') &&
              owned[kind].includes(String((job.input as Record<string, unknown>)?.[key])),
          ),
        )
        .map(([kind]) => kind)
    }
    return result
  }

  let jobsBefore: Record<string, string[]>

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: { privacy: { retentionMonths: { declined: 12 } } } })
    ;[{ id: speaker }] = await publishSpeakers(ctx.payload, ['Retained Speaker'])
    await requestIn('Declined', 'declined', 12) // past 12 months (the option given)
    await requestIn('Declinedrecent', 'declined', 11)
    await requestIn('Confirmed', 'confirmed', 84) // past 7 years (the default)
    await requestIn('Confirmedrecent', 'confirmed', 30)
    await requestIn('Archived', 'archived', 24) // past 24 months (the default)
    await requestIn('Stillnew', 'new', 120) // open: never by age
    // Delivered notifications (records), and the SLA reminders still waiting (job records).
    await drainQueue(ctx.payload)
    jobsBefore = await jobKindsByName(Object.keys(made))
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

  it('should delete the jobs of each request of the batch, and only theirs', async () => {
    const everyKind = ['booking', 'proposal', 'hold']
    const names = Object.keys(jobsBefore)
    expect(jobsBefore).toEqual(Object.fromEntries(names.map((name) => [name, everyKind])))
    // The run above anonymised the expired three in one batch (one page, one read of the queue).
    // Their holds, made here and never released, are still held: each one's expiry stays (it names
    // the hold only, and alone would end it).
    const kept = names.filter((name) => !expired.includes(name))
    expect(await jobKindsByName(names)).toEqual({
      ...Object.fromEntries(expired.map((name) => [name, ['hold']])),
      ...Object.fromEntries(kept.map((name) => [name, everyKind])),
    })
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
