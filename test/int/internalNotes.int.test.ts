import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { decideInternalNotes } from '../../src/bookings/decideInternalNotes'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'
import { validBooking } from './security/world'

type Id = number | string
type Note = { at?: null | string; author?: unknown; id?: null | string; note?: unknown }
type Stored = {
  internalNotes: { at: string; author: Id; id: string; note: string }[]
  noteRemovals: {
    noteAuthor: Id | null
    noteId: string
    removedAt: string
    removedBy: Id | null
    writtenAt: null | string
  }[]
}

/**
 * Internal notes on booking requests are append-only: on every path (REST by id and bulk, GraphQL,
 * the Local API with a user and without) nobody changes a note's text, author or time; staff append;
 * only admins remove, and each removal is recorded. Judged by what is stored afterwards.
 */
describe('internal notes are append-only', () => {
  let ctx: TestContext
  let api: ApiClient
  const users = {} as Record<'admin' | 'staffA' | 'staffB', SignedInUser>

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    users.admin = await signInAs(ctx.payload, 'admin')
    users.staffA = await signInAs(ctx.payload, 'staff')
    users.staffB = await signInAs(ctx.payload, 'staff')
  })

  afterAll(async () => {
    await ctx.close()
  })

  const stored = async (id: Id): Promise<Stored> => {
    const doc = await ctx.payload.findByID({ collection: 'booking-requests', depth: 0, id })
    return {
      internalNotes: (doc.internalNotes ?? []) as Stored['internalNotes'],
      noteRemovals: (doc.noteRemovals ?? []) as Stored['noteRemovals'],
    }
  }

  /** A request with two notes staff member A wrote over REST, as stored. */
  const requestWithNotesOfA = async (): Promise<{ id: Id; notes: Stored['internalNotes'] }> => {
    const { id } = await ctx.payload.create({
      collection: 'booking-requests',
      data: validBooking({ eventName: 'Notes' }),
    })
    for (const note of ['A: called the client', 'A: budget is firm']) {
      const { internalNotes } = await stored(id)
      const response = await api.patch(`/booking-requests/${id}`, {
        body: { internalNotes: [...internalNotes, { note }] },
        token: users.staffA.token,
      })
      expect(response.status).toBe(200)
    }
    return { id, notes: (await stored(id)).internalNotes }
  }

  const errorPaths = async (response: Response): Promise<string[]> =>
    ((await response.json()).errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path)

  /** Ways of sending the list back that change, forge or drop a stored note. */
  const tampered = (notes: Stored['internalNotes']): [string, Note[] | null, 400 | 403][] => {
    const [first, second] = notes
    return [
      ['a rewritten text', [{ ...first, note: 'B: rewritten' }, second], 400],
      ['a forged author', [{ ...first, author: users.staffB.user.id }, second], 400],
      ['a forged time', [{ ...first, at: '2001-01-01T00:00:00.000Z' }, second], 400],
      ['an author removed', [{ ...first, author: null }, second], 400],
      ['a text moved onto another note', [{ ...first, note: second.note }, second], 400],
      ['the same note twice', [first, first, second], 400],
      ['a note left out', [second], 403],
      ['an empty list', [], 403],
      // No list at all is no value of the field's kind: refused before the notes are compared.
      ['null', null, 400],
      ['only a new note', [{ note: 'B: only mine' }], 403],
      ['ids omitted', notes.map(({ note }) => ({ note })), 403],
      ['ids changed', notes.map((n, i) => ({ ...n, id: `${'f'.repeat(23)}${i}` })), 403],
    ]
  }

  describe('staff', () => {
    it('should append a note stamped with its author and the server time, keeping the others as written', async () => {
      const { id, notes } = await requestWithNotesOfA()
      const read = await api.get(`/booking-requests/${id}?depth=1`, { token: users.staffB.token })
      const { internalNotes: asRead } = await read.json()
      expect(asRead[0].author.id).toBe(users.staffA.user.id)
      const before = Date.now()
      const response = await api.patch(`/booking-requests/${id}`, {
        body: {
          internalNotes: [
            ...asRead,
            { at: '2001-01-01T00:00:00.000Z', author: users.admin.user.id, note: 'B: sent terms' },
          ],
        },
        token: users.staffB.token,
      })
      expect(response.status).toBe(200)
      const after = await stored(id)
      expect(after.internalNotes.slice(0, 2)).toEqual(notes)
      expect(after.internalNotes[2]).toMatchObject({
        author: users.staffB.user.id,
        note: 'B: sent terms',
      })
      expect(new Date(after.internalNotes[2].at).getTime()).toBeGreaterThanOrEqual(before - 1000)
      expect(after.noteRemovals).toEqual([])
    })

    it('should keep the stored order when the list comes back reordered', async () => {
      const { id, notes } = await requestWithNotesOfA()
      const response = await api.patch(`/booking-requests/${id}`, {
        body: { internalNotes: [{ note: 'B: new' }, notes[1], notes[0]] },
        token: users.staffB.token,
      })
      expect(response.status).toBe(200)
      const { internalNotes } = await stored(id)
      expect(internalNotes.slice(0, 2)).toEqual(notes)
      expect(internalNotes[2]).toMatchObject({ author: users.staffB.user.id, note: 'B: new' })
    })

    it('should leave the notes alone when a save does not send them', async () => {
      const { id, notes } = await requestWithNotesOfA()
      await api.patch(`/booking-requests/${id}`, {
        body: { status: 'in_review' },
        token: users.staffB.token,
      })
      expect((await stored(id)).internalNotes).toEqual(notes)
    })

    it('should refuse every change and removal over REST by id, storing nothing', async () => {
      const { id, notes } = await requestWithNotesOfA()
      for (const [label, internalNotes, status] of tampered(notes)) {
        const response = await api.patch(`/booking-requests/${id}`, {
          body: { internalNotes, status: 'in_review' },
          token: users.staffB.token,
        })
        expect([label, response.status]).toEqual([label, status])
        if (status === 400) expect(await errorPaths(response)).toEqual(['internalNotes'])
        const after = await stored(id)
        expect([label, after.internalNotes]).toEqual([label, notes])
        expect(after.noteRemovals).toEqual([])
      }
      const { status } = await ctx.payload.findByID({ collection: 'booking-requests', id })
      expect(status).toBe('new')
    })

    it('should refuse every change and removal over REST bulk PATCH, storing nothing', async () => {
      const { id, notes } = await requestWithNotesOfA()
      for (const [label, internalNotes] of tampered(notes)) {
        const response = await api.patch(`/booking-requests?where[id][equals]=${id}`, {
          body: { internalNotes },
          token: users.staffB.token,
        })
        const body = await response.json()
        expect([label, body.docs?.length ?? 0, body.errors?.length]).toEqual([label, 0, 1])
        expect([label, (await stored(id)).internalNotes]).toEqual([label, notes])
      }
    })

    it('should refuse every change and removal through the Local API as the staff member', async () => {
      const { id, notes } = await requestWithNotesOfA()
      for (const [label, internalNotes, status] of tampered(notes)) {
        const update = ctx.payload.update({
          collection: 'booking-requests',
          data: { internalNotes: internalNotes as never },
          id,
          overrideAccess: false,
          user: users.staffB.user,
        })
        await expect(update).rejects.toMatchObject({ status })
        expect([label, (await stored(id)).internalNotes]).toEqual([label, notes])
      }
    })

    it('should offer no GraphQL mutation for booking requests', async () => {
      const { id, notes } = await requestWithNotesOfA()
      const result = await api.graphql(
        `mutation ($id: Int!) { updateBookingRequest(id: $id, data: { internalNotes: [] }) { id } }`,
        { token: users.staffB.token, variables: { id } },
      )
      expect(result.errors?.[0]?.message).toMatch(/updateBookingRequest/)
      expect((await stored(id)).internalNotes).toEqual(notes)
    })

    it('should not let anyone write the removal record', async () => {
      const { id } = await requestWithNotesOfA()
      const forged = [{ noteAuthor: users.staffA.user.id, noteId: 'x', removedBy: null }]
      for (const token of [users.staffB.token, users.admin.token])
        await api.patch(`/booking-requests/${id}`, { body: { noteRemovals: forged }, token })
      await ctx.payload.update({
        collection: 'booking-requests',
        data: { noteRemovals: forged as never },
        id,
      })
      expect((await stored(id)).noteRemovals).toEqual([])
    })

    it('should say so in Simplified Chinese to a Chinese session', async () => {
      const { id, notes } = await requestWithNotesOfA()
      const response = await api.patch(`/booking-requests/${id}`, {
        body: { internalNotes: [notes[1]] },
        headers: { 'accept-language': 'zh' },
        token: users.staffB.token,
      })
      expect(response.status).toBe(403)
      expect((await response.json()).errors[0].message).toBe(
        '只有管理员可以删除内部备注。请将现有备注连同其 ID 原样发回，并在其后添加新备注。',
      )
      const edited = await api.patch(`/booking-requests/${id}`, {
        body: { internalNotes: [{ ...notes[0], note: '改' }, notes[1]] },
        headers: { 'accept-language': 'zh' },
        token: users.staffB.token,
      })
      expect((await edited.json()).errors[0].data.errors[0].message).toMatch(/^内部备注一经写入/)
      expect((await stored(id)).internalNotes).toEqual(notes)
    })
  })

  describe('admins', () => {
    it('should remove a note over REST, the removal recorded and the other notes kept', async () => {
      const { id, notes } = await requestWithNotesOfA()
      const before = Date.now()
      const response = await api.patch(`/booking-requests/${id}`, {
        body: { internalNotes: [notes[1], { note: 'Admin: removed a duplicate' }] },
        token: users.admin.token,
      })
      expect(response.status).toBe(200)
      const after = await stored(id)
      expect(after.internalNotes[0]).toEqual(notes[1])
      expect(after.internalNotes[1]).toMatchObject({ author: users.admin.user.id })
      expect(after.internalNotes).toHaveLength(2)
      expect(after.noteRemovals).toHaveLength(1)
      expect(after.noteRemovals[0]).toMatchObject({
        noteAuthor: users.staffA.user.id,
        noteId: notes[0].id,
        removedBy: users.admin.user.id,
        writtenAt: notes[0].at,
      })
      expect(new Date(after.noteRemovals[0].removedAt).getTime()).toBeGreaterThanOrEqual(
        before - 1000,
      )
    })

    it('should remove notes over REST bulk PATCH and the Local API, recording each', async () => {
      const bulk = await requestWithNotesOfA()
      await api.patch(`/booking-requests?where[id][equals]=${bulk.id}`, {
        body: { internalNotes: [] },
        token: users.admin.token,
      })
      const afterBulk = await stored(bulk.id)
      expect(afterBulk.internalNotes).toEqual([])
      expect(afterBulk.noteRemovals.map(({ noteId }) => noteId)).toEqual(
        bulk.notes.map(({ id }) => id),
      )
      const local = await requestWithNotesOfA()
      await ctx.payload.update({
        collection: 'booking-requests',
        data: { internalNotes: [local.notes[0]] as never },
        id: local.id,
        overrideAccess: false,
        user: users.admin.user,
      })
      const afterLocal = await stored(local.id)
      expect(afterLocal.internalNotes).toEqual([local.notes[0]])
      expect(afterLocal.noteRemovals).toMatchObject([
        { noteId: local.notes[1].id, removedBy: users.admin.user.id },
      ])
    })

    it('should not let an admin change a note either', async () => {
      const { id, notes } = await requestWithNotesOfA()
      for (const [label, internalNotes, status] of tampered(notes).filter(([, , s]) => s === 400)) {
        const response = await api.patch(`/booking-requests/${id}`, {
          body: { internalNotes },
          token: users.admin.token,
        })
        expect([label, response.status]).toEqual([label, status])
        expect([label, (await stored(id)).internalNotes]).toEqual([label, notes])
      }
      expect((await stored(id)).noteRemovals).toEqual([])
    })

    it('should keep the rule for the Local API without a user (scripts, jobs)', async () => {
      const { id, notes } = await requestWithNotesOfA()
      for (const internalNotes of [[{ ...notes[0], note: 'script' }, notes[1]], [notes[0]]]) {
        await expect(
          ctx.payload.update({
            collection: 'booking-requests',
            data: { internalNotes: internalNotes as never },
            id,
          }),
        ).rejects.toThrow()
      }
      expect((await stored(id)).internalNotes).toEqual(notes)
    })
  })
})

describe('decideInternalNotes', () => {
  const now = '2030-01-01T00:00:00.000Z'
  const stored = [
    { at: '2029-01-01T00:00:00.000Z', author: 1, id: 'a', note: 'first' },
    { at: '2029-02-01T00:00:00.000Z', author: { id: 2 }, id: 'b', note: 'second' },
  ]
  const decide = (incoming: unknown, canRemove = false) =>
    decideInternalNotes({ canRemove, incoming, now, stored, userId: 3 })

  it('should accept the list as read back, populated authors and an equal time included', () => {
    const asRead = [
      { ...stored[0], at: '2029-01-01T00:00:00Z', author: { id: 1 } },
      { id: 'b', note: 'second' },
    ]
    expect(decide(asRead)).toEqual({
      kind: 'accept',
      notes: [stored[0], { ...stored[1], author: 2 }],
    })
  })

  it('should stamp new notes whatever they claim', () => {
    const decision = decide([...stored, { at: '2000-01-01', author: 1, id: 'new', note: 'third' }])
    expect(decision).toMatchObject({
      kind: 'accept',
      notes: [{ id: 'a' }, { id: 'b' }, { at: now, author: 3, id: 'new', note: 'third' }],
    })
  })

  it('should refuse malformed lists', () => {
    for (const incoming of ['text', [1], [null], [[]]])
      expect(decide(incoming)).toMatchObject({ kind: 'refuse', status: 400 })
  })

  it('should let only whoever may remove leave notes out', () => {
    expect(decide([stored[1]])).toMatchObject({ kind: 'refuse', status: 403 })
    expect(decide([stored[1]], true)).toEqual({
      kind: 'accept',
      notes: [{ ...stored[1], author: 2 }],
    })
  })
})
