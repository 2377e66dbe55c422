import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { qa, richText } from '../../seed/lexical'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { createPortrait } from '../helpers/media'
import { type SignedInUser, signInAs } from '../helpers/users'

type Id = number | string
type Collection = 'interviews' | 'speakers'

/**
 * Drafts are validated like published documents (length limits, link schemes, select options,
 * relations), on REST create and update, GraphQL and the Local API as the editor; only `required`
 * waits until publication. Judged by what is stored afterwards.
 */
describe('draft saves validate', () => {
  let ctx: TestContext
  let api: ApiClient
  let editor: SignedInUser
  let admin: SignedInUser
  let speakerId: Id

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
    editor = await signInAs(ctx.payload, 'editor')
    speakerId = (
      await ctx.payload.create({
        collection: 'speakers',
        data: { _status: 'published', name: 'Published Speaker' },
      })
    ).id
  })

  afterAll(async () => {
    await ctx.close()
  })

  const longUrl = `https://video.example/${'a'.repeat(500)}`
  /** Bodies a draft save must refuse, and the field each one names. */
  const invalidSpeakerDrafts: [string, Record<string, unknown>, string][] = [
    ['a 5,000-character name', { name: 'x'.repeat(5000) }, 'name'],
    [
      'a javascript: video link',
      { videos: [{ title: 'Talk', url: 'javascript:alert(1)' }] },
      'videos.0.url',
    ],
    [
      'a data: video link',
      { videos: [{ title: 'Talk', url: 'data:text/html,<b>x</b>' }] },
      'videos.0.url',
    ],
    ['an over-long video link', { videos: [{ title: 'Talk', url: longUrl }] }, 'videos.0.url'],
    [
      'an over-long video title',
      { videos: [{ title: 'x'.repeat(161), url: 'https://v.example' }] },
      'videos.0.title',
    ],
    ['an unknown fee band', { feeBand: 'free_lunch' }, 'feeBand'],
    ['an unknown language', { languages: ['en', 'klingon'] }, 'languages'],
    ['an over-long short bio', { shortBio: 'x'.repeat(301) }, 'shortBio'],
    ['an over-long city', { travelsFrom: { city: 'x'.repeat(81) } }, 'travelsFrom.city'],
    ['an over-long other name', { otherNames: ['Jay Chou', 'x'.repeat(121)] }, 'otherNames'],
    ['six other names', { otherNames: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'otherNames'],
    ['an other name that is no text', { otherNames: [{ name: 'Jay' }] }, 'otherNames'],
    // Values of the wrong JSON type: a 400 naming the field, not a 500 or `{"a":1}` stored.
    ['an object for the name', { name: { a: 1 } }, 'name'],
    ['a list for the job title', { jobTitle: ['Director'] }, 'jobTitle'],
    ['a number for the honorific', { honorific: 7 }, 'honorific'],
    ['an object for the home town', { travelsFrom: { city: { a: 1 } } }, 'travelsFrom.city'],
    // A group or a list of rows as null (Payload answered 500).
    ['null for the home town group', { travelsFrom: null }, 'travelsFrom'],
    ['null for the videos', { videos: null }, 'videos'],
  ]
  const invalidInterviewDrafts: [string, Record<string, unknown>, string][] = [
    ['a 5,000-character title', { title: 'x'.repeat(5000) }, 'title'],
    ['a javascript: source link', { source: { url: 'javascript:alert(1)' } }, 'source.url'],
    ['an over-long source link', { source: { url: longUrl } }, 'source.url'],
    ['a speaker that is no id', { speakers: ['not-an-id'] }, 'speakers'],
    ['an over-long question', { body: richText(qa('x'.repeat(1001), 'An answer')) }, 'body'],
    ['an object for the excerpt', { excerpt: { a: 1 } }, 'excerpt'],
  ]

  const storedDraft = (collection: Collection, id: Id) =>
    ctx.payload.findByID({ collection, depth: 0, draft: true, id }) as Promise<Record<string, any>>
  const versionCount = async (collection: Collection, id: Id) =>
    (await ctx.payload.countVersions({ collection, where: { parent: { equals: id } } })).totalDocs
  /** What a refused save must leave exactly as it was: the newest version and the version count. */
  const snapshot = async (collection: Collection, id: Id) => ({
    draft: await storedDraft(collection, id),
    versions: await versionCount(collection, id),
  })
  const count = async (collection: Collection) =>
    (await ctx.payload.count({ collection })).totalDocs
  const restPaths = async (response: Response): Promise<string[]> =>
    ((await response.json()).errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path)

  const createDraft = async (collection: Collection, data: Record<string, unknown>) =>
    (
      await ctx.payload.create({
        collection,
        data: data as never,
        draft: true,
        overrideAccess: false,
        user: editor.user,
      })
    ).id
  let drafts = 0
  /** Each its own name, so each slug is claimed at the first try (claimSlug). */
  const newSpeakerDraft = () => createDraft('speakers', { name: `Draft Speaker ${++drafts}` })
  const newInterviewDraft = () =>
    createDraft('interviews', { speakers: [speakerId], title: 'Draft interview' })

  describe('REST PATCH ?draft=true as an editor', () => {
    it.each(invalidSpeakerDrafts)(
      'should refuse a speaker draft with %s, naming the field, storing nothing',
      async (_label, body, path) => {
        const id = await newSpeakerDraft()
        const before = await snapshot('speakers', id)
        const response = await api.patch(`/speakers/${id}?draft=true`, {
          body,
          token: editor.token,
        })
        expect(response.status).toBe(400)
        expect(await restPaths(response)).toContain(path)
        expect(await snapshot('speakers', id)).toEqual(before)
      },
    )

    it.each(invalidInterviewDrafts)(
      'should refuse an interview draft with %s, naming the field, storing nothing',
      async (_label, body, path) => {
        const id = await newInterviewDraft()
        const before = await snapshot('interviews', id)
        const response = await api.patch(`/interviews/${id}?draft=true`, {
          body,
          token: editor.token,
        })
        expect(response.status).toBe(400)
        expect(await restPaths(response)).toContain(path)
        expect(await snapshot('interviews', id)).toEqual(before)
      },
    )

    it('should refuse a new draft of a published speaker, the published one and its draft unchanged', async () => {
      const before = await snapshot('speakers', speakerId)
      const response = await api.patch(`/speakers/${speakerId}?draft=true`, {
        body: { name: 'x'.repeat(5000) },
        token: editor.token,
      })
      expect(response.status).toBe(400)
      expect(await snapshot('speakers', speakerId)).toEqual(before)
      const published = await ctx.payload.findByID({ collection: 'speakers', id: speakerId })
      expect(published.name).toBe('Published Speaker')
    })
  })

  describe('REST POST ?draft=true as an editor', () => {
    it.each(invalidSpeakerDrafts)(
      'should refuse a new speaker draft with %s, storing nothing',
      async (_label, body, path) => {
        const before = await count('speakers')
        const response = await api.post('/speakers?draft=true', {
          body: { name: 'New Draft', ...body },
          token: editor.token,
        })
        expect(response.status).toBe(400)
        expect(await restPaths(response)).toContain(path)
        expect(await count('speakers')).toBe(before)
      },
    )

    it.each(invalidInterviewDrafts)(
      'should refuse a new interview draft with %s, storing nothing',
      async (_label, body, path) => {
        const before = await count('interviews')
        const response = await api.post('/interviews?draft=true', {
          body: { speakers: [speakerId], title: 'New draft', ...body },
          token: editor.token,
        })
        expect(response.status).toBe(400)
        expect(await restPaths(response)).toContain(path)
        expect(await count('interviews')).toBe(before)
      },
    )
  })

  describe('GraphQL with draft: true as an editor', () => {
    it('should refuse an over-long name and a javascript: link on update, storing nothing', async () => {
      const id = await newSpeakerDraft()
      const before = await snapshot('speakers', id)
      for (const data of [
        { name: 'x'.repeat(5000) },
        { videos: [{ title: 'Talk', url: 'javascript:alert(1)' }] },
      ]) {
        const result = await api.graphql(
          `mutation ($id: Int!, $data: mutationSpeakerUpdateInput!) {
            updateSpeaker(id: $id, data: $data, draft: true) { id name }
          }`,
          { token: editor.token, variables: { data, id } },
        )
        expect(result.data?.updateSpeaker ?? null).toBeNull()
        expect(result.errors?.[0]?.extensions?.statusCode).toBe(400)
      }
      expect(await snapshot('speakers', id)).toEqual(before)
    })

    it('should refuse an over-long title and a javascript: link on create, storing nothing', async () => {
      const before = await count('interviews')
      for (const data of [
        { speakers: [speakerId], title: 'x'.repeat(5000) },
        { source: { url: 'javascript:alert(1)' }, title: 'Bad link' },
      ]) {
        const result = await api.graphql(
          `mutation ($data: mutationInterviewInput!) {
            createInterview(data: $data, draft: true) { id }
          }`,
          { token: editor.token, variables: { data } },
        )
        expect(result.data?.createInterview ?? null).toBeNull()
        expect(result.errors?.[0]?.extensions?.statusCode).toBe(400)
      }
      expect(await count('interviews')).toBe(before)
    })

    it('should refuse an unknown fee band (the schema knows the options)', async () => {
      const id = await newSpeakerDraft()
      const before = await snapshot('speakers', id)
      const result = await api.graphql(
        `mutation ($id: Int!) { updateSpeaker(id: $id, data: { feeBand: free_lunch }, draft: true) { id } }`,
        { token: editor.token, variables: { id } },
      )
      expect(result.errors?.length).toBeGreaterThan(0)
      expect(await snapshot('speakers', id)).toEqual(before)
    })
  })

  describe('Local API with the editor and draft: true', () => {
    it.each(invalidSpeakerDrafts)(
      'should refuse a speaker draft with %s, storing nothing',
      async (_label, data, path) => {
        const id = await newSpeakerDraft()
        const before = await snapshot('speakers', id)
        const update = ctx.payload.update({
          collection: 'speakers',
          data: data as never,
          draft: true,
          id,
          overrideAccess: false,
          user: editor.user,
        })
        await expect(update).rejects.toMatchObject({
          data: { errors: expect.arrayContaining([expect.objectContaining({ path })]) },
          status: 400,
        })
        expect(await snapshot('speakers', id)).toEqual(before)
      },
    )

    it.each(invalidInterviewDrafts)(
      'should refuse a new interview draft with %s, storing nothing',
      async (_label, data, path) => {
        const before = await count('interviews')
        const create = createDraft('interviews', { title: 'New', ...data })
        await expect(create).rejects.toMatchObject({
          data: { errors: expect.arrayContaining([expect.objectContaining({ path })]) },
          status: 400,
        })
        expect(await count('interviews')).toBe(before)
      },
    )
  })

  describe('documents that do not exist', () => {
    /** An id that was a document's and is no longer (no assumption about the ids' form). */
    const goneId = async (collection: 'media' | 'speakers' | 'topics'): Promise<Id> => {
      const name = `Gone ${collection} ${++drafts}`
      const made =
        collection === 'media'
          ? await createPortrait(ctx.payload, name)
          : await ctx.payload.create({ collection, data: { name } as never })
      await ctx.payload.delete({ collection, id: made.id })
      return made.id
    }

    it('should refuse a draft pointing at a topic, speaker or parent topic that is gone, naming the field, storing nothing', async () => {
      const speaker = await newSpeakerDraft()
      const before = await snapshot('speakers', speaker)
      const topics = await api.patch(`/speakers/${speaker}?draft=true`, {
        body: { topics: [await goneId('topics')] },
        token: editor.token,
      })
      expect(topics.status).toBe(400)
      expect(await restPaths(topics)).toContain('topics')
      expect(await snapshot('speakers', speaker)).toEqual(before)

      const interview = await newInterviewDraft()
      const beforeInterview = await snapshot('interviews', interview)
      const speakers = await api.patch(`/interviews/${interview}?draft=true`, {
        body: { speakers: [speakerId, await goneId('speakers')] },
        token: editor.token,
      })
      expect(speakers.status).toBe(400)
      expect(await restPaths(speakers)).toContain('speakers')
      expect(await snapshot('interviews', interview)).toEqual(beforeInterview)

      const topicsBefore = (await ctx.payload.count({ collection: 'topics' })).totalDocs
      const parent = await api.post('/topics', {
        body: { name: 'Orphan', parent: await goneId('topics') },
        token: editor.token,
      })
      expect(parent.status).toBe(400)
      expect(await restPaths(parent)).toContain('parent')
      expect((await ctx.payload.count({ collection: 'topics' })).totalDocs).toBe(topicsBefore)
    })

    it('should refuse a photo that is gone, on update and create, storing nothing', async () => {
      const photo = await goneId('media')
      const speaker = await newSpeakerDraft()
      const before = await snapshot('speakers', speaker)
      const updated = await api.patch(`/speakers/${speaker}?draft=true`, {
        body: { photo },
        token: editor.token,
      })
      expect(updated.status).toBe(400)
      expect(await restPaths(updated)).toContain('photo')
      expect(await snapshot('speakers', speaker)).toEqual(before)
      const speakersBefore = await count('speakers')
      const created = await api.post('/speakers?draft=true', {
        body: { name: 'Photographed', photo },
        token: editor.token,
      })
      expect(created.status).toBe(400)
      expect(await count('speakers')).toBe(speakersBefore)
    })
  })

  describe('required waits until publication', () => {
    it('should save drafts with required fields missing, on every path', async () => {
      const rest = await api.post('/interviews?draft=true', {
        body: { excerpt: 'Title and speakers to follow' },
        token: editor.token,
      })
      expect(rest.status).toBe(201)
      const restId = (await rest.json()).doc.id
      expect(await storedDraft('interviews', restId)).toMatchObject({
        _status: 'draft',
        excerpt: 'Title and speakers to follow',
      })
      const graphql = await api.graphql(
        `mutation { createInterview(data: { excerpt: "No speakers yet", title: "Untitled" }, draft: true) { id } }`,
        { token: editor.token },
      )
      expect(graphql.errors).toBeUndefined()
      const graphqlId = graphql.data?.createInterview.id
      expect((await storedDraft('interviews', graphqlId)).excerpt).toBe('No speakers yet')
      const localId = await createDraft('interviews', {
        body: richText(qa('What next?', '')),
        excerpt: 'An unanswered question',
      })
      expect((await storedDraft('interviews', localId)).excerpt).toBe('An unanswered question')
    })

    it('should save a draft that empties a required field, and a video without its link', async () => {
      const interview = await newInterviewDraft()
      const cleared = await api.patch(`/interviews/${interview}?draft=true`, {
        body: { speakers: [], title: '' },
        token: editor.token,
      })
      expect(cleared.status).toBe(200)
      const stored = await storedDraft('interviews', interview)
      expect(stored.title ?? '').toBe('')
      expect(stored.speakers ?? []).toEqual([])
      const speaker = await newSpeakerDraft()
      const video = await api.patch(`/speakers/${speaker}?draft=true`, {
        body: { videos: [{ title: 'Keynote, link to follow' }] },
        token: editor.token,
      })
      expect(video.status).toBe(200)
      expect((await storedDraft('speakers', speaker)).videos).toMatchObject([
        { title: 'Keynote, link to follow' },
      ])
    })

    it('should refuse to publish without the required fields, on REST and the Local API', async () => {
      const id = await createDraft('interviews', {
        body: richText(qa('What next?', '')),
        excerpt: 'Incomplete',
      })
      const before = await snapshot('interviews', id)
      const response = await api.patch(`/interviews/${id}`, {
        body: { _status: 'published' },
        token: admin.token,
      })
      expect(response.status).toBe(400)
      expect(await restPaths(response)).toEqual(
        expect.arrayContaining(['title', 'speakers', 'body']),
      )
      await expect(
        ctx.payload.update({
          collection: 'interviews',
          // With a change: a status-only Local API publish is a scheduled one, for approved versions only.
          data: { _status: 'published', excerpt: 'Incomplete.' },
          id,
          overrideAccess: false,
          user: admin.user,
        }),
      ).rejects.toMatchObject({ status: 400 })
      expect(await snapshot('interviews', id)).toEqual(before)
      expect((await api.get(`/interviews/${id}`)).status).toBe(404)
      const speaker = await createDraft('speakers', {
        name: 'Video Pending',
        videos: [{ title: 'Keynote' }],
      })
      const publish = await api.patch(`/speakers/${speaker}`, {
        body: { _status: 'published' },
        token: admin.token,
      })
      expect(publish.status).toBe(400)
      expect(await restPaths(publish)).toEqual(['videos.0.url'])
    })

    it('should publish once the required fields are there', async () => {
      const id = await createDraft('interviews', { excerpt: 'Completed later' })
      const response = await api.patch(`/interviews/${id}`, {
        body: { _status: 'published', speakers: [speakerId], title: 'Completed' },
        token: admin.token,
      })
      expect(response.status).toBe(200)
      expect((await api.get(`/interviews/${id}`)).status).toBe(200)
    })
  })

  describe('values of the wrong JSON type', () => {
    it('should name the field in the reader’s language, Chinese included', async () => {
      const id = await newSpeakerDraft()
      const response = await api.patch(`/speakers/${id}?draft=true`, {
        body: { jobTitle: { $ne: '' } },
        headers: { 'accept-language': 'zh' },
        token: editor.token,
      })
      expect(response.status).toBe(400)
      const [error] = (await response.json()).errors[0].data.errors
      expect(error).toEqual({ message: '此处请发送文本。', path: 'jobTitle' })
    })

    it('should refuse a topic with a mistyped name or parent, storing nothing', async () => {
      const before = (await ctx.payload.count({ collection: 'topics' })).totalDocs
      for (const [body, path] of [
        [{ name: { en: 'Internet' } }, 'name'],
        [{ name: 'Orphan', parent: [] }, 'parent'],
      ] as const) {
        const response = await api.post('/topics', { body, token: editor.token })
        expect(response.status).toBe(400)
        expect(await restPaths(response)).toEqual([path])
      }
      expect((await ctx.payload.count({ collection: 'topics' })).totalDocs).toBe(before)
    })
  })
})
