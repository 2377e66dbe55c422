import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import type { Role } from '../../../src/vocabulary/roles'
import type { Id, World } from './world'

/**
 * The admin's server action reads who is signing in from the request headers (next/headers), which
 * only exist inside a Next request: here they are the headers of the person `as` names.
 */
let requestHeaders = new Headers()
jest.unstable_mockModule('next/headers.js', () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  draftMode: async () => ({ isEnabled: false }),
  headers: async () => requestHeaders,
}))

const { buildWorld } = await import('./world')
const { handleAdminServerFunctions } = await import('../../../src/admin/handleAdminServerFunctions')
const { decideSchedulePublish, invalidSchedule, mayNotSchedule } =
  await import('../../../src/reviews/admin/guardSchedulePublish')

type Job = { doc?: string; id: string; type?: string; user?: string; waitUntil?: string }

const tomorrow = (): Date => new Date(Date.now() + 86_400_000)

/**
 * Scheduling publication is for reviewers and admins, on every path that creates or deletes a
 * `schedulePublish` job: the admin's "Schedule publish" server functions, the jobs REST endpoints,
 * GraphQL and the Local API with a user. The outcome judged is the jobs that exist afterwards.
 */
describe('security: scheduled publication', () => {
  let world: World
  let payload: Payload
  let reviewersJob: Id

  beforeAll(async () => {
    // The server action starts Payload's crons; nothing here should run a job behind the test's back.
    process.env.JOBS_AUTORUN = 'false'
    world = await buildWorld()
    payload = world.ctx.payload
    const { docs } = await payload.find({ collection: 'payload-jobs', limit: 0 })
    await payload.delete({
      collection: 'payload-jobs',
      where: { id: { in: docs.map(({ id }) => id) } },
    })
    await callAs('reviewer', 'schedule-publish', schedule(world.ids.draftSpeaker))
    reviewersJob = (await allJobs())[0]!.id
  })

  afterAll(async () => {
    delete process.env.JOBS_AUTORUN
    await world?.ctx.close()
  })

  /** The schedulePublish jobs, as the system sees them (the jobs collection is closed to everyone). */
  const scheduledJobs = async (): Promise<Job[]> => {
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      limit: 0,
      sort: 'id',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    return docs.map(({ id, input, waitUntil }) => {
      const { doc, type, user } = (input ?? {}) as {
        doc?: { relationTo: string; value: string }
        type?: string
        user?: { value: Id }
      }
      return {
        doc: doc && `${doc.relationTo}:${doc.value}`,
        id: String(id),
        type,
        user: user && String(user.value),
        waitUntil: waitUntil ?? undefined,
      }
    })
  }

  const allJobs = async () => (await payload.find({ collection: 'payload-jobs', limit: 0 })).docs

  const schedule = (id: Id, type: 'publish' | 'unpublish' = 'publish') => ({
    date: tomorrow(),
    doc: { relationTo: 'speakers', value: String(id) },
    type,
  })

  /** Calls the server action's handler as `person`, as the admin's drawer does. */
  const callAs = async (
    person: Role,
    name: string,
    args: Record<string, unknown>,
    language = 'en',
  ): Promise<{ message?: string; result?: unknown; status?: number }> => {
    requestHeaders = new Headers({
      'accept-language': language,
      authorization: `JWT ${world.users[person].token}`,
    })
    try {
      return {
        result: await handleAdminServerFunctions({
          args,
          config: world.ctx.config,
          importMap: {},
          name,
        }),
      }
    } catch (err) {
      const { message, status } = err as { message: string; status?: number }
      return { message, status }
    }
  }

  describe('the admin\'s "Schedule publish" server functions', () => {
    it('should let a reviewer schedule, list and cancel, leaving exactly the jobs asked for', async () => {
      const reviewer = world.users.reviewer.user
      const [first] = await scheduledJobs()
      expect(first).toMatchObject({
        doc: `speakers:${world.ids.draftSpeaker}`,
        type: 'publish',
        // The job publishes as the reviewer, so the review gate judges the reviewer when it runs.
        user: String(reviewer.id),
      })

      await callAs(
        'reviewer',
        'schedule-publish',
        schedule(world.ids.publishedSpeaker, 'unpublish'),
      )
      const [, second] = await scheduledJobs()
      expect(second).toMatchObject({
        doc: `speakers:${world.ids.publishedSpeaker}`,
        type: 'unpublish',
      })

      const listed = await callAs('reviewer', 'get-upcoming-scheduled-publish', {
        collectionSlug: 'speakers',
        id: world.ids.publishedSpeaker,
      })
      expect((listed.result as { id: Id }[]).map(({ id }) => String(id))).toEqual([second!.id])

      const cancelled = await callAs('reviewer', 'schedule-publish', { deleteID: second!.id })
      expect(cancelled.status).toBeUndefined()
      // Payload's own handler queues an empty job after every cancel; nothing is left behind here.
      expect(await scheduledJobs()).toEqual([first])
      expect((await allJobs()).map(({ id }) => String(id))).toEqual([first!.id])
    })

    it("should let an admin cancel a reviewer's scheduled publication", async () => {
      const job = await callAs('admin', 'schedule-publish', schedule(world.ids.publishedSpeaker))
      expect(job.status).toBeUndefined()
      const before = await scheduledJobs()
      const admins = before.find(({ user }) => user === String(world.users.admin.user.id))!
      await callAs('admin', 'schedule-publish', { deleteID: admins.id })
      expect(await scheduledJobs()).toEqual(before.filter(({ id }) => id !== admins.id))
    })

    it.each([['editor'], ['staff']] as [Role][])(
      'should refuse %s (403) and leave every job as it was',
      async (person) => {
        const before = await allJobs()
        const calls: [string, Record<string, unknown>][] = [
          ['schedule-publish', { deleteID: reviewersJob }],
          ['schedule-publish', schedule(world.ids.draftSpeaker)],
          ['schedule-publish', schedule(world.ids.publishedSpeaker, 'unpublish')],
          [
            'get-upcoming-scheduled-publish',
            { collectionSlug: 'speakers', id: world.ids.draftSpeaker },
          ],
        ]
        for (const [name, args] of calls) {
          expect(await callAs(person, name, args)).toEqual({
            message: mayNotSchedule.en,
            status: 403,
          })
        }
        expect(await allJobs()).toEqual(before)
      },
    )

    it('should refuse in Simplified Chinese to someone reading Chinese', async () => {
      const answer = await callAs('staff', 'schedule-publish', { deleteID: reviewersJob }, 'zh')
      expect(answer).toEqual({ message: mayNotSchedule.zh, status: 403 })
      expect((await scheduledJobs()).map(({ id }) => id)).toContain(String(reviewersJob))
    })

    it.each([
      ['an unknown type', { ...schedule(1), type: 'delete' }],
      ['no date', { ...schedule(1), date: undefined }],
      [
        'a collection without scheduling',
        { ...schedule(1), doc: { relationTo: 'booking-requests', value: '1' } },
      ],
      ['a document and a global', { ...schedule(1), global: 'anything' }],
      ['a job id that is not one', { deleteID: { in: [1, 2] } }],
    ])('should refuse a schedule with %s (400) and create nothing', async (_, args) => {
      const before = await allJobs()
      expect(await callAs('reviewer', 'schedule-publish', args)).toEqual({
        message: invalidSchedule.en,
        status: 400,
      })
      expect(await allJobs()).toEqual(before)
    })
  })

  describe('decideSchedulePublish', () => {
    const schedulable = { collections: ['speakers', 'interviews'], globals: [] }
    const args = schedule(7)

    it.each([
      [['admin'], 'schedule'],
      [['reviewer'], 'schedule'],
      [['editor', 'reviewer'], 'schedule'],
      [['editor'], 'refuse'],
      [['staff'], 'refuse'],
      [[], 'refuse'],
      [null, 'refuse'],
    ] as [null | Role[], string][])('should answer roles %j with %s', (roles, kind) => {
      expect(
        decideSchedulePublish({ args, name: 'schedule-publish', roles, schedulable }).kind,
      ).toBe(kind)
    })

    it('should read a cancel from deleteID, whatever else is sent', () => {
      expect(
        decideSchedulePublish({
          args: { ...args, deleteID: 'a1' },
          name: 'schedule-publish',
          roles: ['reviewer'],
          schedulable,
        }),
      ).toEqual({ jobID: 'a1', kind: 'cancel' })
    })
  })

  describe('the jobs endpoints, GraphQL and the Local API', () => {
    const input = () => ({
      doc: { relationTo: 'speakers', value: String(world.ids.draftSpeaker) },
      type: 'publish',
    })

    it.each([['editor'], ['staff'], ['reviewer'], ['admin']] as [Role][])(
      'should create, change or delete no job over REST for %s',
      async (person) => {
        const before = await allJobs()
        const token = world.users[person].token
        const id = reviewersJob
        const forbidden: [string, string, unknown?][] = [
          [
            'post',
            '/payload-jobs',
            { input: input(), taskSlug: 'schedulePublish', waitUntil: tomorrow() },
          ],
          ['delete', `/payload-jobs/${id}`],
          ['delete', `/payload-jobs?where[id][equals]=${id}`],
          ['patch', `/payload-jobs/${id}`, { hasError: true, waitUntil: null }],
          ['patch', `/payload-jobs?where[taskSlug][equals]=schedulePublish`, { hasError: true }],
          ['get', `/payload-jobs/cancel?id=${id}`],
          ['get', '/payload-jobs/queue'],
        ]
        for (const [method, path, body] of forbidden) {
          const response = await world.api[method as 'get'](path, { body, token })
          expect([method, path, response.status]).toEqual([method, path, 403])
        }
        // Payload 3.90 has no queue or cancel endpoints: these paths are not routes.
        for (const path of ['/payload-jobs/queue', '/payload-jobs/cancel']) {
          expect((await world.api.post(path, { body: { id, input: input() }, token })).status).toBe(
            404,
          )
        }
        if (person !== 'admin')
          expect((await world.api.get('/payload-jobs/run', { token })).status).toBe(401)
        expect(await allJobs()).toEqual(before)
      },
    )

    it("should refuse in the reader's language over REST", async () => {
      const response = await world.api.delete(`/payload-jobs/${reviewersJob}`, {
        headers: { 'accept-language': 'zh' },
        token: world.users.staff.token,
      })
      expect(response.status).toBe(403)
      const { errors } = (await response.json()) as { errors: { message: string }[] }
      expect(errors[0]!.message).toMatch(/[\u4e00-\u9fff]/)
    })

    it.each([['editor'], ['staff'], ['reviewer']] as [Role][])(
      'should create or delete no job through GraphQL for %s',
      async (person) => {
        const before = await allJobs()
        const token = world.users[person].token
        for (const mutation of [
          `mutation { deletePayloadJob(id: ${JSON.stringify(reviewersJob)}) { id } }`,
          'mutation { createPayloadJob(data: { taskSlug: schedulePublish }) { id } }',
          `mutation { updatePayloadJob(id: ${JSON.stringify(reviewersJob)}, data: { hasError: true }) { id } }`,
        ]) {
          const { errors } = await world.api.graphql(mutation, { token })
          expect([mutation, errors?.[0]?.extensions?.statusCode]).toEqual([mutation, 403])
        }
        expect(await allJobs()).toEqual(before)
      },
    )

    it.each([['editor'], ['staff']] as [Role][])(
      'should refuse %s on the Local API with a user (403) and leave every job as it was',
      async (person) => {
        const before = await allJobs()
        const user = world.users[person].user
        const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
        const attempts: (() => Promise<unknown>)[] = [
          () =>
            payload.jobs.queue({
              input: input() as never,
              overrideAccess: false,
              req,
              task: 'schedulePublish',
              waitUntil: tomorrow(),
            }),
          () => payload.jobs.cancelByID({ id: reviewersJob, overrideAccess: false, req }),
          () =>
            payload.jobs.cancel({
              overrideAccess: false,
              req,
              where: { taskSlug: { equals: 'schedulePublish' } },
            }),
          () =>
            payload.delete({
              collection: 'payload-jobs',
              id: reviewersJob,
              overrideAccess: false,
              user,
            }),
          () =>
            payload.update({
              collection: 'payload-jobs',
              data: { hasError: true },
              id: reviewersJob,
              overrideAccess: false,
              user,
            }),
          () =>
            payload.create({
              collection: 'payload-jobs',
              data: { input: input(), taskSlug: 'schedulePublish' },
              overrideAccess: false,
              user,
            }),
        ]
        for (const attempt of attempts) {
          await expect(attempt()).rejects.toMatchObject({ status: 403 })
        }
        expect(await allJobs()).toEqual(before)
      },
    )
  })
})
