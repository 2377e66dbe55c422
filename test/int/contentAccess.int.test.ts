import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { Role } from '../../src/vocabulary/roles'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAsEachRole } from '../helpers/users'

type Id = number | string

const DRAFT_TITLE = 'SECRET DRAFT TITLE'

/** Ids of docs (or of populated docs) in a REST list or join answer. */
const idsOf = (docs: ({ id: Id } | Id)[]): string[] =>
  docs.map((doc) => String(typeof doc === 'object' ? doc.id : doc)).sort()

describe('who reads which content', () => {
  let ctx: TestContext
  let api: ApiClient
  const users: Partial<Record<Role, SignedInUser>> = {}
  const ids = {} as Record<
    'draftInterview' | 'draftSpeaker' | 'publishedInterview' | 'republished' | 'speaker' | 'topic',
    Id
  >

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    Object.assign(users, await signInAsEachRole(ctx.payload))
    const { payload } = ctx
    const topic = await payload.create({ collection: 'topics', data: { name: 'Chinese internet' } })
    const speaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Public Speaker', topics: [topic.id] },
    })
    const draftSpeaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'draft', name: 'Hidden Speaker', topics: [topic.id] },
    })
    const publishedInterview = await payload.create({
      collection: 'interviews',
      data: {
        _status: 'published',
        speakers: [speaker.id, draftSpeaker.id],
        title: 'Public interview',
        topics: [topic.id],
      },
    })
    const draftInterview = await payload.create({
      collection: 'interviews',
      data: {
        _status: 'draft',
        speakers: [speaker.id],
        title: 'Draft interview',
        topics: [topic.id],
      },
    })
    const republished = await payload.create({
      collection: 'interviews',
      data: {
        _status: 'published',
        speakers: [speaker.id],
        title: 'Live title',
        topics: [topic.id],
      },
    })
    await payload.update({
      collection: 'interviews',
      data: { title: DRAFT_TITLE },
      draft: true,
      id: republished.id,
    })
    Object.assign(ids, {
      draftInterview: draftInterview.id,
      draftSpeaker: draftSpeaker.id,
      publishedInterview: publishedInterview.id,
      republished: republished.id,
      speaker: speaker.id,
      topic: topic.id,
    })
  })

  afterAll(async () => {
    await ctx.close()
  })

  describe.each([
    ['anonymous', undefined],
    ['staff', 'staff'],
  ] as const)('as %s', (_label, role) => {
    const token = () => (role ? users[role]?.token : undefined)

    it('should list, count and find only published speakers and interviews over REST', async () => {
      const speakers = await (await api.get('/speakers?limit=100', { token: token() })).json()
      expect(idsOf(speakers.docs)).toEqual([String(ids.speaker)])
      const interviews = await (
        await api.get('/interviews?limit=100&depth=0', { token: token() })
      ).json()
      expect(idsOf(interviews.docs)).toEqual(idsOf([ids.publishedInterview, ids.republished]))
      const count = await (await api.get('/interviews/count', { token: token() })).json()
      expect(count.totalDocs).toBe(2)
      expect((await api.get(`/speakers/${ids.draftSpeaker}`, { token: token() })).status).toBe(404)
      expect((await api.get(`/interviews/${ids.draftInterview}`, { token: token() })).status).toBe(
        404,
      )
      expect(
        (await api.get('/interviews/by-slug/draft-interview', { token: token() })).status,
      ).toBe(404)
    })

    it('should never see a draft through ?draft=true', async () => {
      const list = await (
        await api.get('/interviews?draft=true&limit=100&depth=0', { token: token() })
      ).json()
      expect(idsOf(list.docs)).toEqual(idsOf([ids.publishedInterview, ids.republished]))
      expect(JSON.stringify(list)).not.toContain(DRAFT_TITLE)
      const one = await api.get(`/interviews/${ids.republished}?draft=true`, { token: token() })
      expect((await one.json()).title).toBe('Live title')
      const bySlug = await api.get('/interviews/by-slug/live-title?draft=true', { token: token() })
      expect((await bySlug.json()).title).toBe('Live title')
      expect(
        (await api.get(`/interviews/${ids.draftInterview}?draft=true`, { token: token() })).status,
      ).toBe(404)
    })

    it('should be refused the versions endpoints', async () => {
      expect((await api.get('/interviews/versions', { token: token() })).status).toBe(403)
      expect((await api.get('/speakers/versions', { token: token() })).status).toBe(403)
    })

    it('should not see drafts through populated relations and joins', async () => {
      const speaker = await (
        await api.get(`/speakers/${ids.speaker}?depth=1`, { token: token() })
      ).json()
      expect(idsOf(speaker.interviews.docs)).toEqual(
        idsOf([ids.publishedInterview, ids.republished]),
      )
      expect(JSON.stringify(speaker)).not.toContain(DRAFT_TITLE)
      const topic = await (await api.get(`/topics/${ids.topic}?depth=1`, { token: token() })).json()
      expect(idsOf(topic.speakers.docs)).toEqual([String(ids.speaker)])
      expect(idsOf(topic.interviews.docs)).toEqual(idsOf([ids.publishedInterview, ids.republished]))
      const interview = await (
        await api.get(`/interviews/${ids.publishedInterview}?depth=1`, { token: token() })
      ).json()
      const names = interview.speakers
        .filter((s: unknown) => typeof s === 'object' && s)
        .map((s: { name: string }) => s.name)
      expect(names).toEqual(['Public Speaker'])
      expect(JSON.stringify(interview)).not.toContain('Hidden Speaker')
    })

    it('should see only published content over GraphQL', async () => {
      const result = await api.graphql(
        `{ Speakers(limit: 100) { docs { name } } Interviews(limit: 100, draft: true) { docs { title } } }`,
        { token: token() },
      )
      expect(result.data?.Speakers.docs.map((s: { name: string }) => s.name)).toEqual([
        'Public Speaker',
      ])
      expect(result.data?.Interviews.docs.map((i: { title: string }) => i.title).sort()).toEqual([
        'Live title',
        'Public interview',
      ])
      const versions = await api.graphql('{ versionsInterviews { docs { id } } }', {
        token: token(),
      })
      expect(versions.data?.versionsInterviews ?? null).toBeNull()
      expect(versions.errors?.[0]?.extensions?.statusCode).toBe(403)
    })

    it('should see only published content through the Local API as that person', async () => {
      const user = role ? users[role]?.user : undefined
      const found = await ctx.payload.find({
        collection: 'speakers',
        draft: true,
        overrideAccess: false,
        user,
      })
      expect(found.docs.map((doc) => doc.name)).toEqual(['Public Speaker'])
    })

    it('should not be able to create, edit or delete content', async () => {
      const created = await api.post('/speakers', { body: { name: 'Sneaky' }, token: token() })
      expect(created.status).toBe(403)
      const edited = await api.patch(`/speakers/${ids.speaker}`, {
        body: { name: 'Defaced' },
        token: token(),
      })
      expect(edited.status).toBe(403)
      const deleted = await api.delete(`/topics/${ids.topic}`, { token: token() })
      expect(deleted.status).toBe(403)
      const speaker = await ctx.payload.findByID({ collection: 'speakers', id: ids.speaker })
      expect(speaker.name).toBe('Public Speaker')
      expect(
        await ctx.payload.count({ collection: 'speakers', where: { name: { equals: 'Sneaky' } } }),
      ).toEqual({ totalDocs: 0 })
    })
  })

  describe.each(['editor', 'reviewer', 'admin'] as const)('as %s', (role) => {
    it('should read drafts and versions', async () => {
      const token = users[role]?.token
      const speakers = await (await api.get('/speakers?limit=100', { token })).json()
      expect(idsOf(speakers.docs)).toEqual(idsOf([ids.speaker, ids.draftSpeaker]))
      const draft = await (
        await api.get(`/interviews/${ids.republished}?draft=true`, { token })
      ).json()
      expect(draft.title).toBe(DRAFT_TITLE)
      expect((await api.get('/interviews/versions', { token })).status).toBe(200)
    })
  })

  it('should let editors create and edit, but only admins delete', async () => {
    const editor = users.editor!
    const created = await api.post('/topics', {
      body: { name: 'Search engines' },
      token: editor.token,
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect((await api.delete(`/topics/${doc.id}`, { token: editor.token })).status).toBe(403)
    expect((await api.delete(`/topics/${doc.id}`, { token: users.reviewer!.token })).status).toBe(
      403,
    )
    expect((await api.delete(`/topics/${doc.id}`, { token: users.admin!.token })).status).toBe(200)
  })
})
