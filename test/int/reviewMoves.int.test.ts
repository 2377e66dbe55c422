import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { LOCK_SECONDS } from '../../collections/reviews/reviewedContent'
import { offeredMoves } from '../../src/reviews/offeredMoves'
import type { ReviewState } from '../../src/reviews/states'
import type { Role } from '../../src/vocabulary/roles'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'

type Id = number | string
type Situation = 'approved' | 'changes_requested' | 'draft' | 'in_review' | 'published'
const LOCKS = 'payload-locked-documents'
const MOVES: ReviewState[] = ['in_review', 'changes_requested', 'approved']

describe('review moves: the buttons offered are the moves the server makes, and hand-offs release locks', () => {
  let ctx: TestContext
  let api: ApiClient
  const users = {} as Record<'other' | Exclude<Role, 'staff'>, SignedInUser>
  let speakerId: Id

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    for (const role of ['editor', 'reviewer', 'admin'] as const)
      users[role] = await signInAs(ctx.payload, role)
    users.other = await signInAs(ctx.payload, 'editor', 'reviewer')
    const speaker = await ctx.payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Moves Speaker' },
    })
    speakerId = speaker.id
  })

  afterAll(async () => {
    await ctx.close()
  })

  /** An interview in the situation, submitted and last edited by `author` (set up as the system). */
  const interviewIn = async (situation: Situation, author: SignedInUser) => {
    const { payload } = ctx
    const doc = await payload.create({
      collection: 'interviews',
      data: {
        ...(situation === 'published' ? { _status: 'published' } : {}),
        speakers: [speakerId] as number[],
        title: `Moves ${Math.random().toString(36).slice(2)}`,
      } as never,
    })
    await payload.update({
      collection: 'interviews',
      data: {
        contentEditedBy: author.user.id,
        reviewState: situation === 'published' ? 'approved' : situation,
        reviewSubmittedBy: author.user.id,
      } as never,
      id: doc.id,
    })
    return doc.id
  }

  const stored = (id: Id) =>
    ctx.payload.findByID({ collection: 'interviews', depth: 0, draft: true, id })

  const idOf = (value: unknown) =>
    value && typeof value === 'object'
      ? String((value as { id: Id }).id)
      : value
        ? String(value)
        : undefined

  describe.each(['editor', 'reviewer', 'admin'] as const)('as %s', (role) => {
    const cases = (
      ['draft', 'in_review', 'changes_requested', 'approved', 'published'] as const
    ).flatMap((situation) =>
      (['own', 'other'] as const).map((whose) => [situation, whose] as const),
    )
    it.each(cases)(
      'should make exactly the offered moves on a %s document (%s work)',
      async (situation, whose) => {
        const author = whose === 'own' ? users[role] : users.other
        for (const to of MOVES) {
          const id = await interviewIn(situation, author)
          const before = await stored(id)
          const offered = offeredMoves({
            isLive: before._status === 'published',
            lastEditedBy: idOf(before.contentEditedBy),
            roles: [role],
            state: before.reviewState as ReviewState,
            submittedBy: idOf(before.reviewSubmittedBy),
            userId: String(users[role].user.id),
          })
          if (to === before.reviewState) continue
          const response = await api.patch(`/interviews/${id}?draft=true&depth=0`, {
            body: { reviewNote: 'Please tighten the intro.', reviewState: to },
            token: users[role].token,
          })
          const after = await stored(id)
          if (offered.includes(to)) {
            expect({ status: response.status, to: after.reviewState }).toEqual({ status: 200, to })
          } else {
            expect([400, 403]).toContain(response.status)
            expect(after.reviewState).toBe(before.reviewState)
          }
        }
      },
    )
  })

  describe('edit locks', () => {
    const lock = async (document: Id, who: SignedInUser, secondsAgo = 0) => {
      const created = await ctx.payload.create({
        collection: LOCKS,
        data: {
          document: { relationTo: 'interviews', value: document },
          user: { relationTo: 'users', value: who.user.id },
        } as never,
      })
      if (secondsAgo > 0) {
        await ctx.payload.db.updateOne({
          collection: LOCKS,
          data: { updatedAt: new Date(Date.now() - secondsAgo * 1000).toISOString() },
          id: created.id,
        })
      }
      return created.id
    }
    const locksOn = async (document: Id) =>
      (
        await ctx.payload.find({
          collection: LOCKS,
          depth: 0,
          where: { 'document.value': { equals: document } },
        })
      ).docs.map((found) => String((found.user as { value: Id }).value))

    it('should let locks lapse within two minutes of the holder’s last change', async () => {
      const config = await ctx.config
      for (const slug of ['interviews', 'speakers']) {
        const { lockDocuments } = config.collections.find((c) => c.slug === slug) ?? {}
        expect(lockDocuments).toEqual({ duration: LOCK_SECONDS })
      }
      expect(LOCK_SECONDS).toBeGreaterThanOrEqual(60)
      expect(LOCK_SECONDS).toBeLessThanOrEqual(120)
    })

    it('should let the editor resubmit over a lock the reviewer’s closed tab left 100 s ago', async () => {
      const id = await interviewIn('changes_requested', users.editor)
      await lock(id, users.reviewer, 100)
      const response = await api.patch(`/interviews/${id}?draft=true&depth=0`, {
        body: { reviewState: 'in_review' },
        token: users.editor.token,
      })
      expect(response.status).toBe(200)
      expect((await stored(id)).reviewState).toBe('in_review')
    })

    it('should still refuse a save while someone else’s lock is fresh', async () => {
      const id = await interviewIn('changes_requested', users.editor)
      await lock(id, users.reviewer, 10)
      const response = await api.patch(`/interviews/${id}?draft=true&depth=0`, {
        body: { reviewState: 'in_review' },
        token: users.editor.token,
      })
      expect(response.status).toBe(423)
      expect((await stored(id)).reviewState).toBe('changes_requested')
    })

    it('should release the mover’s lock taken while the move was on its way, and no one else’s', async () => {
      const id = await interviewIn('in_review', users.editor)
      const elsewhere = await interviewIn('draft', users.editor)
      await lock(elsewhere, users.reviewer)
      await lock(elsewhere, users.other)
      // The admin's change handler re-creates the mover's lock after Payload dropped the document's
      // locks at the start of the update: a lock written during the save, as a hook would see it.
      const relock = async ({
        collection,
        doc,
        req,
      }: {
        collection: { slug: string }
        doc: { id: Id }
        req: unknown
      }) => {
        if (collection.slug === 'interviews' && String(doc.id) === String(id))
          await ctx.payload.create({
            collection: LOCKS,
            data: {
              document: { relationTo: 'interviews', value: id },
              user: { relationTo: 'users', value: users.reviewer.user.id },
            } as never,
            req: req as never,
          })
        return doc
      }
      const hooks = ctx.payload.collections.interviews.config.hooks.afterChange
      hooks.unshift(relock as never)
      try {
        expect(await locksOn(id)).toEqual([])
        const response = await api.patch(`/interviews/${id}?draft=true&depth=0`, {
          body: { reviewNote: 'Say where it first ran.', reviewState: 'changes_requested' },
          token: users.reviewer.token,
        })
        expect(response.status).toBe(200)
      } finally {
        hooks.splice(hooks.indexOf(relock as never), 1)
      }
      expect((await stored(id)).reviewState).toBe('changes_requested')
      expect(await locksOn(id)).toEqual([])
      expect((await locksOn(elsewhere)).sort()).toEqual(
        [String(users.reviewer.user.id), String(users.other.user.id)].sort(),
      )
    })

    it('should let an open tab keep its own lock alive (the admin’s heartbeat request), and only its own', async () => {
      const id = await interviewIn('draft', users.editor)
      const elsewhere = await interviewIn('draft', users.editor)
      const mine = await lock(id, users.editor, 80)
      const theirs = await lock(elsewhere, users.reviewer, 80)
      const ageOf = async (lockId: Id) => {
        const found = await ctx.payload.findByID({ collection: LOCKS, depth: 0, id: lockId })
        return (Date.now() - new Date(found.updatedAt).getTime()) / 1000
      }
      // What src/reviews/admin/KeepEditLock.tsx sends every 30 s while there are unsaved changes.
      for (const document of [id, elsewhere]) {
        const query = new URLSearchParams({
          depth: '0',
          'where[and][0][document.relationTo][equals]': 'interviews',
          'where[and][1][document.value][equals]': String(document),
          'where[and][2][user.value][equals]': String(users.editor.user.id),
        })
        const response = await api.patch(`/${LOCKS}?${query}`, {
          body: {},
          token: users.editor.token,
        })
        expect(response.status).toBe(200)
      }
      expect(await ageOf(mine)).toBeLessThan(10)
      expect(await ageOf(theirs)).toBeGreaterThan(70)
      expect(await locksOn(elsewhere)).toEqual([String(users.reviewer.user.id)])
    })

    it('should keep the lock of someone who edits without moving the document', async () => {
      const id = await interviewIn('draft', users.editor)
      const relock = async ({ doc, req }: { doc: { id: Id }; req: unknown }) => {
        if (String(doc.id) === String(id))
          await ctx.payload.create({
            collection: LOCKS,
            data: {
              document: { relationTo: 'interviews', value: id },
              user: { relationTo: 'users', value: users.editor.user.id },
            } as never,
            req: req as never,
          })
        return doc
      }
      const hooks = ctx.payload.collections.interviews.config.hooks.afterChange
      hooks.unshift(relock as never)
      try {
        const response = await api.patch(`/interviews/${id}?draft=true&depth=0`, {
          body: { excerpt: 'Still writing.' },
          token: users.editor.token,
        })
        expect(response.status).toBe(200)
      } finally {
        hooks.splice(hooks.indexOf(relock as never), 1)
      }
      expect(await locksOn(id)).toEqual([String(users.editor.user.id)])
    })
  })
})
