import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bookingByReference } from '../../helpers/bookings'
import { buildWorld, type Id, validBooking, type World } from './world'

/**
 * Writes a person may not make are refused (or the field ignored) on every path — REST, GraphQL and
 * the Local API as that person — and the stored data afterwards is what it was.
 */
describe('security probes: field writes, duplicates and mass assignment', () => {
  let world: World

  beforeAll(async () => {
    world = await buildWorld()
  })

  afterAll(async () => {
    await world.ctx.close()
  })

  const stored = (collection: 'booking-requests' | 'interviews' | 'users', id: Id) =>
    world.ctx.payload.findByID({ collection, draft: true, id, overrideAccess: true }) as Promise<
      Record<string, any>
    >
  const count = async (collection: 'booking-requests' | 'interviews' | 'speakers') =>
    (await world.ctx.payload.count({ collection, overrideAccess: true })).totalDocs
  const gqlId = (id: Id) => JSON.stringify(id)

  describe('an editor', () => {
    it('should not move a booking request, on any path', async () => {
      const { token, user } = world.users.editor
      const id = world.ids.booking
      const rest = await world.api.patch(`/booking-requests/${id}`, {
        body: { status: 'declined' },
        token,
      })
      expect(rest.status).toBe(403)
      await expect(
        world.ctx.payload.update({
          collection: 'booking-requests',
          data: { status: 'declined' },
          id,
          overrideAccess: false,
          user,
        }),
      ).rejects.toThrow(/not allowed/i)
      const graphql = await world.api.graphql(
        `mutation { updateBookingRequest(id: ${gqlId(id)}, data: { status: declined }) { id } }`,
        { token },
      )
      expect(graphql.errors?.length).toBeGreaterThan(0)
      expect((await stored('booking-requests', id)).status).toBe('new')
    })

    it('should not publish an interview, on any path', async () => {
      const { token, user } = world.users.editor
      const id = world.ids.draftInterview
      const rest = await world.api.patch(`/interviews/${id}`, {
        body: { _status: 'published' },
        token,
      })
      expect([400, 403]).toContain(rest.status)
      await expect(
        world.ctx.payload.update({
          collection: 'interviews',
          data: { _status: 'published' },
          id,
          overrideAccess: false,
          user,
        }),
      ).rejects.toThrow()
      const graphql = await world.api.graphql(
        `mutation { updateInterview(id: ${gqlId(id)}, data: { _status: published }) { id } }`,
        { token },
      )
      expect(graphql.errors?.length).toBeGreaterThan(0)
      const after = await stored('interviews', id)
      expect(after._status).toBe('draft')
      const publicView = await world.api.get(`/interviews/${id}`)
      expect(publicView.status).toBe(404)
    })

    it('should not approve its own submission or forge who submitted it', async () => {
      const { token } = world.users.editor
      const id = world.ids.draftInterview
      const rest = await world.api.patch(`/interviews/${id}?draft=true`, {
        body: { reviewState: 'approved', reviewSubmittedBy: world.users.reviewer.user.id },
        token,
      })
      expect([400, 403]).toContain(rest.status)
      const after = await stored('interviews', id)
      expect(after.reviewState).toBe('in_review')
      expect(String(after.reviewSubmittedBy?.id ?? after.reviewSubmittedBy)).toBe(
        String(world.users.editor.user.id),
      )
    })

    it('should not create an interview already approved or published', async () => {
      const before = await count('interviews')
      for (const body of [
        { reviewState: 'approved', title: 'Born approved' },
        { _status: 'published', title: 'Born published' },
      ]) {
        const response = await world.api.post('/interviews', {
          body,
          token: world.users.editor.token,
        })
        expect([400, 403]).toContain(response.status)
      }
      expect(await count('interviews')).toBe(before)
    })

    it.each(['editor', 'reviewer', 'staff'] as const)(
      'should not let a %s grant itself roles over REST, GraphQL or the Local API',
      async (role) => {
        const { token, user } = world.users[role]
        await world.api.patch(`/users/${user.id}`, { body: { roles: ['admin'] }, token })
        await world.api.graphql(
          `mutation { updateUser(id: ${gqlId(user.id)}, data: { roles: [admin] }) { id } }`,
          { token },
        )
        await world.ctx.payload
          .update({
            collection: 'users',
            data: { roles: ['admin'] },
            id: user.id,
            overrideAccess: false,
            user,
          })
          .catch(() => undefined)
        expect((await stored('users', user.id)).roles).toEqual([role])
      },
    )

    it('should not change another user, nor create one', async () => {
      const { token } = world.users.editor
      const other = world.users.staff.user
      const patch = await world.api.patch(`/users/${other.id}`, {
        body: { email: 'taken-over@evil.example' },
        token,
      })
      expect(patch.status).toBe(403)
      const create = await world.api.post('/users', {
        body: {
          email: 'sock-puppet@evil.example',
          name: 'Sock Puppet',
          password: 'x-12345678',
          roles: ['admin'],
        },
        token,
      })
      expect(create.status).toBe(403)
      expect((await stored('users', other.id)).email).toBe(other.email)
      const { totalDocs } = await world.ctx.payload.count({
        collection: 'users',
        where: { email: { equals: 'sock-puppet@evil.example' } },
      })
      expect(totalDocs).toBe(0)
    })
  })

  describe('staff', () => {
    it('should not rewrite the history, the source or what the requester sent', async () => {
      const { token } = world.users.staff
      const id = world.ids.booking
      const before = await stored('booking-requests', id)
      await world.api.patch(`/booking-requests/${id}`, {
        body: {
          email: 'forged@evil.example',
          source: { ipHash: 'forged', receivedAt: '2000-01-01T00:00:00.000Z' },
          statusHistory: [{ at: '2000-01-01T00:00:00.000Z', from: 'new', to: 'confirmed' }],
        },
        token,
      })
      const after = await stored('booking-requests', id)
      expect(after.email).toBe(before.email)
      expect(after.source).toEqual(before.source)
      expect(after.statusHistory).toEqual(before.statusHistory)
    })
  })

  describe('duplicate', () => {
    it('should refuse to duplicate booking requests, as anyone, on any path', async () => {
      const before = await count('booking-requests')
      for (const token of [undefined, world.users.staff.token, world.users.admin.token]) {
        const response = await world.api.post(`/booking-requests/${world.ids.booking}/duplicate`, {
          body: {},
          token,
        })
        expect(response.status).toBeGreaterThanOrEqual(400)
        expect(response.status).toBeLessThan(500)
      }
      await expect(
        world.ctx.payload.duplicate({ collection: 'booking-requests', id: world.ids.booking }),
      ).rejects.toThrow()
      expect(await count('booking-requests')).toBe(before)
    })

    it('should refuse anonymous visitors and staff a copy of a draft interview', async () => {
      const before = await count('interviews')
      for (const token of [undefined, world.users.staff.token]) {
        const response = await world.api.post(`/interviews/${world.ids.draftInterview}/duplicate`, {
          body: {},
          token,
        })
        expect([403, 404]).toContain(response.status)
      }
      const graphql = await world.api.graphql(
        `mutation { duplicateInterview(id: ${gqlId(world.ids.draftInterview)}) { id title } }`,
      )
      expect(graphql.data?.duplicateInterview ?? null).toBeNull()
      expect(await count('interviews')).toBe(before)
    })

    it("should give an editor's copy of a published interview a fresh slug, as an unreviewed draft", async () => {
      const original = await stored('interviews', world.ids.publishedInterview)
      const response = await world.api.post(
        `/interviews/${world.ids.publishedInterview}/duplicate`,
        { body: {}, token: world.users.editor.token },
      )
      expect(response.status).toBe(200)
      const copyId = (await response.json()).doc.id
      const copy = await stored('interviews', copyId)
      expect(copy._status).toBe('draft')
      expect(copy.reviewState).toBe('draft')
      expect(copy.slug).not.toBe(original.slug)
      expect(copy.reviewNote ?? null).toBeNull()
      expect((await world.api.get(`/interviews/${copyId}`)).status).toBe(404)
    })
  })

  describe('mass assignment on the public booking form', () => {
    it('should ignore ids, timestamps and every staff field in the body', async () => {
      const response = await world.api.post('/booking-requests', {
        body: validBooking({
          assignee: world.users.staff.user.id,
          createdAt: '2000-01-01T00:00:00.000Z',
          eventName: 'Mass assignment',
          id: 999_999,
          internalNotes: [{ note: 'planted' }],
          notifications: [1],
          source: { ipHash: 'planted' },
          status: 'confirmed',
          statusHistory: [{ from: 'new', to: 'confirmed' }],
          updatedAt: '2000-01-01T00:00:00.000Z',
        }),
      })
      expect(response.status).toBe(201)
      const { reference } = (await response.json()).doc
      const { id } = (await bookingByReference(world.ctx.payload, reference))!
      expect(String(id)).not.toBe('999999')
      const doc = await stored('booking-requests', id)
      expect(doc).toMatchObject({ assignee: null, status: 'new' })
      expect(doc.internalNotes ?? []).toEqual([])
      expect(doc.statusHistory).toEqual([])
      expect(doc.source.ipHash).not.toBe('planted')
      expect(new Date(doc.createdAt).getFullYear()).toBeGreaterThan(2000)
    })

    it('should refuse anonymous creation of anything but booking requests', async () => {
      const before = { interviews: await count('interviews'), speakers: await count('speakers') }
      for (const [path, body] of [
        ['/speakers', { _status: 'published', name: 'Planted speaker' }],
        ['/interviews', { _status: 'published', title: 'Planted interview' }],
        ['/topics', { name: 'Planted topic' }],
        [
          '/users',
          {
            email: 'planted@evil.example',
            name: 'Planted',
            password: 'x-12345678',
            roles: ['admin'],
          },
        ],
      ] as const) {
        const response = await world.api.post(path, { body })
        expect({ path, status: response.status }).toEqual({ path, status: 403 })
      }
      expect({ interviews: await count('interviews'), speakers: await count('speakers') }).toEqual(
        before,
      )
    })
  })
})
