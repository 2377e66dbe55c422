import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ReviewState, reviewStates, reviewTransitions } from '../../src/reviews/states'
import type { Role } from '../../src/vocabulary/roles'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'

type Id = number | string
const ROLES: Role[] = ['editor', 'reviewer', 'admin', 'staff']

describe('review workflow', () => {
  let ctx: TestContext
  let api: ApiClient
  const users = {} as Record<Role | 'otherReviewer', SignedInUser>
  let speakerId: Id

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    for (const role of ROLES) users[role] = await signInAs(ctx.payload, role)
    users.otherReviewer = await signInAs(ctx.payload, 'reviewer')
    const speaker = await ctx.payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Workflow Speaker' },
    })
    speakerId = speaker.id
  })

  afterAll(async () => {
    await ctx.close()
  })

  /** A fresh interview in the given review state, submitted by `submitter` (set up as the system). */
  const interviewIn = async (state: ReviewState, submitter: SignedInUser = users.editor) => {
    const doc = await ctx.payload.create({
      collection: 'interviews',
      data: {
        speakers: [speakerId] as number[],
        title: `Interview ${Math.random().toString(36).slice(2)}`,
      },
    })
    await ctx.payload.update({
      collection: 'interviews',
      data: { reviewState: state, reviewSubmittedBy: submitter.user.id },
      id: doc.id,
    })
    return doc.id
  }

  /** The newest version (a draft save does not touch the published document). */
  const stored = (id: Id) =>
    ctx.payload.findByID({ collection: 'interviews', depth: 0, draft: true, id })
  const versionCount = async (id: Id) =>
    (
      await ctx.payload.countVersions({
        collection: 'interviews',
        where: { parent: { equals: id } },
      })
    ).totalDocs
  const eventsOf = async (id: Id) =>
    (
      await ctx.payload.find({
        collection: 'review-events',
        depth: 0,
        sort: 'createdAt',
        where: { 'document.value': { equals: id } },
      })
    ).docs

  type Path = 'graphql' | 'local' | 'rest'
  const NOTE = 'Please tighten the intro.'

  /** Asks for a review state as `role` on one path; resolves to the HTTP-style status of the answer. */
  const requestState = async (path: Path, id: Id, to: ReviewState, role: Role): Promise<number> => {
    const data = { reviewNote: NOTE, reviewState: to }
    if (path === 'local') {
      try {
        await ctx.payload.update({
          collection: 'interviews',
          data,
          draft: true,
          id,
          overrideAccess: false,
          user: users[role].user,
        })
        return 200
      } catch (err) {
        return (err as { status?: number }).status ?? 500
      }
    }
    if (path === 'rest') {
      return (
        await api.patch(`/interviews/${id}?draft=true`, { body: data, token: users[role].token })
      ).status
    }
    const result = await api.graphql(
      `mutation { updateInterview(id: ${JSON.stringify(id)}, draft: true, data: { reviewState: ${to}, reviewNote: ${JSON.stringify(NOTE)} }) { id } }`,
      { token: users[role].token },
    )
    return result.errors?.[0]?.extensions?.statusCode ?? (result.errors ? 500 : 200)
  }

  describe.each(['local', 'rest', 'graphql'] as const)(
    'every requested transition, for every role, over %s',
    (path) => {
      const cases = reviewStates.flatMap((from) =>
        reviewStates
          .filter((to) => to !== from)
          .flatMap((to) => ROLES.map((role) => [from, to, role] as const)),
      )
      it.each(cases)('%s → %s as %s', async (from, to, role) => {
        const id = await interviewIn(from, users.otherReviewer)
        const versionsBefore = await versionCount(id)
        const allowed = (reviewTransitions[from][to] ?? []).includes(role)
        const status = await requestState(path, id, to, role)
        if (allowed) {
          expect(status).toBe(200)
          expect((await stored(id)).reviewState).toBe(to)
          const [event] = (await eventsOf(id)).slice(-1)
          expect(event).toMatchObject({ by: users[role].user.id, from, note: NOTE, to })
        } else {
          expect([400, 403]).toContain(status)
          expect((await stored(id)).reviewState).toBe(from)
          expect(await versionCount(id)).toBe(versionsBefore)
          expect(await eventsOf(id)).toHaveLength(0)
        }
      })
    },
  )

  it('should hold the same rules for speakers', async () => {
    const speaker = await ctx.payload.create({
      collection: 'speakers',
      data: { name: 'Reviewed Speaker' },
    })
    const publish = await api.patch(`/speakers/${speaker.id}`, {
      body: { _status: 'published' },
      token: users.editor.token,
    })
    expect(publish.status).toBe(403)
    const submit = await api.patch(`/speakers/${speaker.id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: users.editor.token,
    })
    expect(submit.status).toBe(200)
    const approve = await api.patch(`/speakers/${speaker.id}`, {
      body: { reviewState: 'approved' },
      token: users.reviewer.token,
    })
    expect(approve.status).toBe(200)
    const published = await api.patch(`/speakers/${speaker.id}`, {
      body: { _status: 'published' },
      token: users.reviewer.token,
    })
    expect(published.status).toBe(200)
    expect((await api.get(`/speakers/${speaker.id}`)).status).toBe(200)
  })

  describe('over REST', () => {
    it('should let an editor submit, and refuse the editor publishing with 403', async () => {
      const id = await interviewIn('draft')
      const submit = await api.patch(`/interviews/${id}?draft=true`, {
        body: { reviewState: 'in_review' },
        token: users.editor.token,
      })
      expect(submit.status).toBe(200)
      const publish = await api.patch(`/interviews/${id}`, {
        body: { _status: 'published' },
        token: users.editor.token,
      })
      expect(publish.status).toBe(403)
      expect((await publish.json()).errors[0].message).toMatch(/Only reviewers and admins publish/)
      expect(await stored(id)).toMatchObject({ _status: 'draft', reviewState: 'in_review' })
    })

    it('should refuse a jump from draft to approved by a reviewer with 403, and from approved to in_review with 400 on reviewState', async () => {
      const draft = await interviewIn('draft')
      const jump = await api.patch(`/interviews/${draft}`, {
        body: { reviewState: 'approved' },
        token: users.reviewer.token,
      })
      expect(jump.status).toBe(403)
      const approved = await interviewIn('approved')
      const back = await api.patch(`/interviews/${approved}`, {
        body: { reviewState: 'in_review' },
        token: users.reviewer.token,
      })
      expect(back.status).toBe(400)
      expect((await back.json()).errors[0].data.errors[0].path).toBe('reviewState')
    })

    it('should require a note to request changes', async () => {
      const id = await interviewIn('in_review')
      const response = await api.patch(`/interviews/${id}`, {
        body: { reviewState: 'changes_requested' },
        token: users.reviewer.token,
      })
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].data.errors[0].path).toBe('reviewNote')
      expect((await stored(id)).reviewState).toBe('in_review')
    })

    it('should refuse self-approval by a reviewer, and record an admin self-approval as such', async () => {
      const id = await interviewIn('draft')
      await api.patch(`/interviews/${id}`, {
        body: { reviewState: 'in_review' },
        token: users.reviewer.token,
      })
      const own = await api.patch(`/interviews/${id}`, {
        body: { reviewState: 'approved' },
        token: users.reviewer.token,
      })
      expect(own.status).toBe(403)
      expect((await own.json()).errors[0].message).toMatch(/cannot approve a version you submitted/)
      const other = await api.patch(`/interviews/${id}`, {
        body: { reviewState: 'approved' },
        token: users.otherReviewer.token,
      })
      expect(other.status).toBe(200)

      const adminOwn = await interviewIn('in_review', users.admin)
      const response = await api.patch(`/interviews/${adminOwn}`, {
        body: { reviewState: 'approved' },
        token: users.admin.token,
      })
      expect(response.status).toBe(200)
      const [event] = await eventsOf(adminOwn)
      expect(event).toMatchObject({ isSelfApproval: true, kind: 'approved' })
    })

    it('should let a reviewer publish an approved document only, stamping publishedAt once', async () => {
      const unapproved = await interviewIn('in_review')
      const refused = await api.patch(`/interviews/${unapproved}`, {
        body: { _status: 'published' },
        token: users.reviewer.token,
      })
      expect(refused.status).toBe(403)
      expect((await stored(unapproved))._status).toBe('draft')

      const id = await interviewIn('approved')
      const published = await api.patch(`/interviews/${id}`, {
        body: { _status: 'published' },
        token: users.reviewer.token,
      })
      expect(published.status).toBe(200)
      const doc = await stored(id)
      expect(doc).toMatchObject({ _status: 'published', reviewState: 'approved' })
      expect(doc.publishedAt).toEqual(expect.any(String))
      const [event] = (await eventsOf(id)).slice(-1)
      expect(event).toMatchObject({ from: 'approved', kind: 'published', to: 'published' })

      await ctx.payload.update({ collection: 'interviews', data: { reviewState: 'approved' }, id })
      await api.patch(`/interviews/${id}`, {
        body: { _status: 'published', excerpt: 'x' },
        token: users.admin.token,
      })
      expect((await stored(id)).publishedAt).toBe(doc.publishedAt)
    })

    it('should let an admin publish directly, recorded as such', async () => {
      const id = await interviewIn('draft', users.editor)
      const response = await api.patch(`/interviews/${id}`, {
        body: { _status: 'published' },
        token: users.admin.token,
      })
      expect(response.status).toBe(200)
      const [event] = await eventsOf(id)
      expect(event).toMatchObject({
        by: users.admin.user.id,
        from: 'draft',
        kind: 'published_directly',
        to: 'published',
      })
    })

    it('should send an approved or published document back to draft when its content is edited', async () => {
      const id = await interviewIn('approved')
      await api.patch(`/interviews/${id}`, {
        body: { _status: 'published' },
        token: users.reviewer.token,
      })
      const edit = await api.patch(`/interviews/${id}?draft=true`, {
        body: { title: 'A better title' },
        token: users.editor.token,
      })
      expect(edit.status).toBe(200)
      const latest = await ctx.payload.findByID({ collection: 'interviews', draft: true, id })
      expect(latest).toMatchObject({ reviewState: 'draft', title: 'A better title' })
      const live = await api.get(`/interviews/${id}`)
      expect((await live.json()).title).not.toBe('A better title')
      const [event] = (await eventsOf(id)).slice(-1)
      expect(event).toMatchObject({ from: 'approved', kind: 'reset_by_edit', to: 'draft' })
    })

    it('should not count re-sending unchanged content as an edit', async () => {
      const id = await interviewIn('approved')
      const doc = await stored(id)
      const {
        createdAt: _c,
        updatedAt: _u,
        reviewHistory: _h,
        ...unchanged
      } = doc as unknown as Record<string, unknown>
      const response = await api.patch(`/interviews/${id}?draft=true`, {
        body: unchanged,
        token: users.editor.token,
      })
      expect(response.status).toBe(200)
      expect((await stored(id)).reviewState).toBe('approved')
    })

    it('should refuse an editor editing a live document in place, and let reviewers unpublish', async () => {
      const id = await interviewIn('approved')
      await api.patch(`/interviews/${id}`, {
        body: { _status: 'published' },
        token: users.reviewer.token,
      })
      const inPlace = await api.patch(`/interviews/${id}`, {
        body: { title: 'Live edit' },
        token: users.editor.token,
      })
      expect(inPlace.status).toBe(403)
      const unpublishByEditor = await api.patch(`/interviews/${id}`, {
        body: { _status: 'draft' },
        token: users.editor.token,
      })
      expect(unpublishByEditor.status).toBe(403)
      const unpublish = await api.patch(`/interviews/${id}`, {
        body: { _status: 'draft' },
        token: users.reviewer.token,
      })
      expect(unpublish.status).toBe(200)
      expect(await stored(id)).toMatchObject({ _status: 'draft', reviewState: 'draft' })
      expect((await api.get(`/interviews/${id}`)).status).toBe(404)
    })

    it('should keep review fields and history away from the public', async () => {
      const id = await interviewIn('approved')
      await api.patch(`/interviews/${id}`, {
        body: { _status: 'published' },
        token: users.reviewer.token,
      })
      const body = await (await api.get(`/interviews/${id}`)).json()
      expect(body.title).toBeDefined()
      expect(body).not.toHaveProperty('reviewState')
      expect(body).not.toHaveProperty('reviewNote')
      expect(body).not.toHaveProperty('reviewHistory')
      expect((await api.get('/review-events')).status).toBe(403)
      const asReviewer = await (
        await api.get(`/interviews/${id}`, { token: users.reviewer.token })
      ).json()
      expect(asReviewer.reviewHistory.docs.length).toBeGreaterThan(0)
    })

    it('should keep review events read-only, deletable by admins only', async () => {
      const id = await interviewIn('in_review')
      await api.patch(`/interviews/${id}`, {
        body: { reviewState: 'approved' },
        token: users.reviewer.token,
      })
      const [event] = await eventsOf(id)
      expect(
        (
          await api.patch(`/review-events/${event.id}`, {
            body: { note: 'x' },
            token: users.admin.token,
          })
        ).status,
      ).toBe(403)
      expect(
        (await api.post('/review-events', { body: {}, token: users.admin.token })).status,
      ).toBe(403)
      expect(
        (await api.delete(`/review-events/${event.id}`, { token: users.reviewer.token })).status,
      ).toBe(403)
      expect(
        (await api.delete(`/review-events/${event.id}`, { token: users.admin.token })).status,
      ).toBe(200)
    })
  })

  describe('over GraphQL', () => {
    it('should apply the same rules', async () => {
      const id = await interviewIn('draft')
      const submit = await api.graphql(
        `mutation { updateInterview(id: ${JSON.stringify(id)}, draft: true, data: { reviewState: in_review }) { reviewState } }`,
        { token: users.editor.token },
      )
      expect(submit.errors).toBeUndefined()
      const selfish = await api.graphql(
        `mutation { updateInterview(id: ${JSON.stringify(id)}, data: { _status: published }) { _status } }`,
        {
          token: users.editor.token,
        },
      )
      expect(selfish.errors?.[0]?.extensions?.statusCode).toBe(403)
      const approve = await api.graphql(
        `mutation { updateInterview(id: ${JSON.stringify(id)}, data: { reviewState: approved }) { reviewState } }`,
        {
          token: users.reviewer.token,
        },
      )
      expect(approve.data?.updateInterview?.reviewState).toBe('approved')
      expect(await stored(id)).toMatchObject({ _status: 'draft', reviewState: 'approved' })
    })
  })
})
