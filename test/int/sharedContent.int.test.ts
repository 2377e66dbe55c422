import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import fs from 'node:fs'
import crypto from 'node:crypto'

import type { Media, Topic } from '../../src/payload-types'
import type { Role } from '../../src/vocabulary/roles'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { createPortrait, fileNamesOf, uploadForm } from '../helpers/media'
import { type SignedInUser, signInAsEachRole } from '../helpers/users'

type Id = number | string

const MEDIA_REFUSAL =
  /A published speaker or interview, or one in review or approved, shows this image/
const TOPIC_REFUSAL = /filed under this topic \(or one of its subtopics\)/
const MEDIA_REFUSAL_ZH = '已发布、审核中或已批准的讲者或访谈正在使用此图片'

const gqlId = (id: Id) => JSON.stringify(id)

/**
 * Media and topics have no drafts: a change to one that a published speaker or interview shows
 * reaches readers at once. Editors may not make those changes (reviewers and admins may), on any
 * path, and a refused change stores nothing: checked by what an anonymous reader sees afterwards.
 */
describe('shared content outside review', () => {
  let ctx: TestContext
  let api: ApiClient
  const users = {} as Record<Role, SignedInUser>
  const media = {} as Record<'draftOnly' | 'live' | 'pendingOnly', Media>
  const topics = {} as Record<'child' | 'draftOnly' | 'free' | 'parent' | 'pendingOnly', Topic>
  let liveInterviewId: Id
  let staticDir: string

  /** What anonymous readers get for a file: status and a hash of the bytes. */
  const publicFile = async (filename: string) => {
    const response = await api.get(`/media/file/${encodeURIComponent(filename)}`)
    const bytes = response.status === 200 ? new Uint8Array(await response.arrayBuffer()) : null
    return {
      hash: bytes ? crypto.createHash('sha1').update(bytes).digest('hex') : null,
      status: response.status,
    }
  }
  /** What anonymous readers see of an image: the document and each of its files. */
  const publicImage = async (doc: Media) => {
    const response = await api.get(`/media/${doc.id}`)
    const body = response.status === 200 ? await response.json() : null
    const files = await Promise.all(fileNamesOf(doc).map(publicFile))
    return {
      alt: body?.alt,
      filename: body?.filename,
      files,
      focalX: body?.focalX,
      status: response.status,
    }
  }
  const publicTopic = async (id: Id) => {
    const { description, name, parent, slug } = await (
      await api.get(`/topics/${id}?depth=0`)
    ).json()
    return { description, name, parent, slug }
  }
  const filesOnDisk = () => fs.readdirSync(staticDir).sort()
  const errorOf = async (response: Response): Promise<string> =>
    (await response.json()).errors?.[0]?.message ?? ''

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    Object.assign(users, await signInAsEachRole(ctx.payload))
    const { payload } = ctx
    staticDir = payload.collections.media.config.upload.staticDir!
    media.live = await createPortrait(payload, 'Kaiser Kuo')
    media.draftOnly = await createPortrait(payload, 'Tom Becker')
    media.pendingOnly = await createPortrait(payload, 'Kaiser Kuo Again', 'Next portrait')
    topics.parent = await payload.create({
      collection: 'topics',
      data: { name: 'Internet experts' },
    })
    topics.child = await payload.create({
      collection: 'topics',
      data: { description: 'Search in Asia', name: 'Search engines', parent: topics.parent.id },
    })
    topics.free = await payload.create({ collection: 'topics', data: { name: 'Podcasts' } })
    topics.draftOnly = await payload.create({ collection: 'topics', data: { name: 'Robotics' } })
    topics.pendingOnly = await payload.create({ collection: 'topics', data: { name: 'Drones' } })
    const speaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Kaiser Kuo', photo: media.live.id },
    })
    // A pending draft, not submitted: what it adds is not public yet, so editors may still change
    // it. (Written as the system, it would keep the published version's `approved`.)
    await payload.update({
      collection: 'speakers',
      data: {
        photo: media.pendingOnly.id,
        reviewState: 'draft',
        topics: [topics.pendingOnly.id],
      } as never,
      draft: true,
      id: speaker.id,
    })
    await payload.create({
      collection: 'speakers',
      data: {
        _status: 'draft',
        name: 'Tom Becker',
        photo: media.draftOnly.id,
        topics: [topics.draftOnly.id],
      },
    })
    const interview = await payload.create({
      collection: 'interviews',
      data: {
        _status: 'published',
        speakers: [speaker.id],
        title: 'Search in China',
        topics: [topics.child.id],
      },
    })
    liveInterviewId = interview.id
  })

  afterAll(async () => {
    await ctx.close()
  })

  describe('an editor', () => {
    it('should not change a published image over REST (alt text, focal point, both at once)', async () => {
      const { token } = users.editor
      const before = await publicImage(media.live)
      expect(before.status).toBe(200)
      for (const body of [{ alt: 'Defaced' }, { focalX: 10, focalY: 90 }]) {
        const response = await api.patch(`/media/${media.live.id}`, { body, token })
        expect(response.status).toBe(403)
        expect(await errorOf(response)).toMatch(MEDIA_REFUSAL)
      }
      expect(await publicImage(media.live)).toEqual(before)
    })

    it('should not replace the file of a published image, and leave its files as they were', async () => {
      const { token } = users.editor
      const before = await publicImage(media.live)
      const onDisk = filesOnDisk()
      const response = await api.patch(`/media/${media.live.id}`, {
        body: await uploadForm('Someone Else', { alt: 'Portrait of Kaiser Kuo' }),
        token,
      })
      expect(response.status).toBe(403)
      expect(await errorOf(response)).toMatch(MEDIA_REFUSAL)
      expect(filesOnDisk()).toEqual(onDisk)
      expect(await publicImage(media.live)).toEqual(before)
    })

    it('should not change published images through a bulk PATCH, which then changes nothing', async () => {
      const { token } = users.editor
      const before = await publicImage(media.live)
      const draftAlt = (await ctx.payload.findByID({ collection: 'media', id: media.draftOnly.id }))
        .alt
      const response = await api.patch(
        `/media?where[id][in]=${media.live.id},${media.draftOnly.id}`,
        { body: { alt: 'Bulk' }, token },
      )
      expect(response.status).toBe(403)
      expect(await errorOf(response)).toMatch(MEDIA_REFUSAL)
      const everything = await api.patch('/media?where[alt][exists]=true', {
        body: await uploadForm('Bulk Upload', {}),
        token,
      })
      expect(everything.status).toBe(403)
      expect(await publicImage(media.live)).toEqual(before)
      const draftOnly = await ctx.payload.findByID({ collection: 'media', id: media.draftOnly.id })
      expect(draftOnly.alt).toBe(draftAlt)
      expect(draftOnly.filename).toBe(media.draftOnly.filename)
    })

    it('should not change or delete a published image over GraphQL or the Local API', async () => {
      const { token, user } = users.editor
      const before = await publicImage(media.live)
      const graphql = await api.graphql(
        `mutation { updateMedia(id: ${gqlId(media.live.id)}, data: { alt: "Defaced" }) { id } }`,
        { token },
      )
      expect(graphql.errors?.[0]?.message).toMatch(MEDIA_REFUSAL)
      expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(403)
      await expect(
        ctx.payload.update({
          collection: 'media',
          data: { alt: 'Defaced' },
          id: media.live.id,
          overrideAccess: false,
          user,
        }),
      ).rejects.toThrow(MEDIA_REFUSAL)
      // Even with access control skipped, a person's change is judged as theirs.
      await expect(
        ctx.payload.update({
          collection: 'media',
          data: { alt: 'Defaced' },
          id: media.live.id,
          user,
        }),
      ).rejects.toThrow(MEDIA_REFUSAL)
      await expect(
        ctx.payload.delete({ collection: 'media', id: media.live.id, user }),
      ).rejects.toThrow(MEDIA_REFUSAL)
      expect((await api.delete(`/media/${media.live.id}`, { token })).status).toBe(403)
      expect(await publicImage(media.live)).toEqual(before)
    })

    it('should hear the refusal in Simplified Chinese', async () => {
      const response = await api.patch(`/media/${media.live.id}`, {
        body: { alt: '篡改' },
        headers: { 'accept-language': 'zh' },
        token: users.editor.token,
      })
      expect(response.status).toBe(403)
      expect(await errorOf(response)).toContain(MEDIA_REFUSAL_ZH)
    })

    it('should still upload new images and change those no published document shows', async () => {
      const { token } = users.editor
      const created = await api.post('/media', {
        body: await uploadForm('New Face', { alt: 'A new face' }),
        token,
      })
      expect(created.status).toBe(201)
      for (const doc of [media.draftOnly, media.pendingOnly]) {
        const alt = await api.patch(`/media/${doc.id}`, { body: { alt: 'Better words' }, token })
        expect(alt.status).toBe(200)
      }
      const replaced = await api.patch(`/media/${media.draftOnly.id}`, {
        body: await uploadForm('Tom Becker Retouched', { alt: 'Portrait of Tom Becker' }),
        token,
      })
      expect(replaced.status).toBe(200)
      const { doc } = await replaced.json()
      expect(doc.filename).not.toBe(media.draftOnly.filename)
      const bulk = await api.patch(
        `/media?where[id][in]=${media.draftOnly.id},${media.pendingOnly.id}`,
        { body: { focalX: 40 }, token },
      )
      expect(bulk.status).toBe(200)
      expect(
        (await ctx.payload.findByID({ collection: 'media', id: media.pendingOnly.id })).focalX,
      ).toBe(40)
    })

    it('should not rename, re-slug, describe or move a topic a published document is filed under', async () => {
      const { token } = users.editor
      const before = await publicTopic(topics.child.id)
      for (const body of [
        { name: 'Defaced' },
        { slug: 'defaced' },
        { description: 'Defaced' },
        { parent: topics.free.id },
        { parent: null },
      ]) {
        const response = await api.patch(`/topics/${topics.child.id}`, { body, token })
        expect({ body, status: response.status }).toEqual({ body, status: 403 })
        expect(await errorOf(response)).toMatch(TOPIC_REFUSAL)
      }
      expect(await publicTopic(topics.child.id)).toEqual(before)
    })

    it('should not change a topic above one a published document is filed under', async () => {
      const { token, user } = users.editor
      const before = await publicTopic(topics.parent.id)
      const rest = await api.patch(`/topics/${topics.parent.id}`, {
        body: { name: 'Defaced' },
        token,
      })
      expect(rest.status).toBe(403)
      const graphql = await api.graphql(
        `mutation { updateTopic(id: ${gqlId(topics.parent.id)}, data: { name: "Defaced" }) { id } }`,
        { token },
      )
      expect(graphql.errors?.[0]?.message).toMatch(TOPIC_REFUSAL)
      await expect(
        ctx.payload.update({
          collection: 'topics',
          data: { name: 'Defaced' },
          id: topics.parent.id,
          overrideAccess: false,
          user,
        }),
      ).rejects.toThrow(TOPIC_REFUSAL)
      const bulk = await api.patch(`/topics?where[id][in]=${topics.free.id},${topics.parent.id}`, {
        body: { description: 'Bulk' },
        token,
      })
      expect(bulk.status).toBe(403)
      expect(await publicTopic(topics.parent.id)).toEqual(before)
      expect((await publicTopic(topics.free.id)).description).toBeFalsy()
      expect((await api.delete(`/topics/${topics.child.id}`, { token })).status).toBe(403)
      expect((await api.get(`/topics/${topics.child.id}`)).status).toBe(200)
    })

    it('should still create topics and change those no published document is filed under', async () => {
      const { token } = users.editor
      const created = await api.post('/topics', {
        body: { name: 'Search advertising', parent: topics.child.id },
        token,
      })
      expect(created.status).toBe(201)
      for (const topic of [topics.free, topics.draftOnly, topics.pendingOnly]) {
        const response = await api.patch(`/topics/${topic.id}`, {
          body: { description: `About ${topic.name}` },
          token,
        })
        expect({ name: topic.name, status: response.status }).toEqual({
          name: topic.name,
          status: 200,
        })
      }
      const renamed = await api.patch(`/topics/${topics.free.id}`, {
        body: { name: 'Podcasting', parent: topics.parent.id },
        token,
      })
      expect(renamed.status).toBe(200)
      expect((await publicTopic(topics.free.id)).name).toBe('Podcasting')
    })
  })

  it('should not let an editor change an image or a topic that a document in review or approved uses, until changes are requested', async () => {
    const { payload } = ctx
    const { token } = users.editor
    const image = await createPortrait(payload, 'Reviewed Face', 'As the reviewer saw it')
    const topic = await payload.create({ collection: 'topics', data: { name: 'Reviewed topic' } })
    const speaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'draft', name: 'Awaiting Publication', photo: image.id, topics: [topic.id] },
      draft: true,
    })
    const moveTo = (reviewState: string) =>
      payload.update({
        collection: 'speakers',
        data: { reviewState, reviewSubmittedBy: users.editor.user.id } as never,
        draft: true,
        id: speaker.id,
      })
    const attempts = async () => ({
      image: await api.patch(`/media/${image.id}`, {
        body: { alt: 'Swapped after approval' },
        token,
      }),
      topic: await api.patch(`/topics/${topic.id}`, {
        body: { name: 'Renamed after approval' },
        token,
      }),
    })
    for (const state of ['in_review', 'approved']) {
      await moveTo(state)
      const refused = await attempts()
      expect([refused.image.status, refused.topic.status]).toEqual([403, 403])
      expect(await errorOf(refused.image)).toMatch(MEDIA_REFUSAL)
      expect(await errorOf(refused.topic)).toMatch(TOPIC_REFUSAL)
      expect((await payload.findByID({ collection: 'media', id: image.id })).alt).toBe(
        'As the reviewer saw it',
      )
      expect((await payload.findByID({ collection: 'topics', id: topic.id })).name).toBe(
        'Reviewed topic',
      )
    }
    await moveTo('changes_requested')
    const allowed = await attempts()
    expect([allowed.image.status, allowed.topic.status]).toEqual([200, 200])
  })

  describe.each(['reviewer', 'admin'] as const)('a %s', (role) => {
    it('should change a published image and a topic in use', async () => {
      const { token } = users[role]
      const alt = `Portrait of Kaiser Kuo (${role})`
      const image = await api.patch(`/media/${media.live.id}`, { body: { alt }, token })
      expect(image.status).toBe(200)
      expect((await publicImage(media.live)).alt).toBe(alt)
      const name = `Search engines (${role})`
      const topic = await api.patch(`/topics/${topics.child.id}`, { body: { name }, token })
      expect(topic.status).toBe(200)
      expect((await publicTopic(topics.child.id)).name).toBe(name)
    })
  })

  it('should let an editor change a topic again once the document filed under it is unpublished', async () => {
    // As a reviewer's unpublish leaves it (the system's own write keeps `approved`).
    await ctx.payload.update({
      collection: 'interviews',
      data: { _status: 'draft', reviewState: 'draft' } as never,
      id: liveInterviewId,
    })
    const response = await api.patch(`/topics/${topics.child.id}`, {
      body: { name: 'Web search' },
      token: users.editor.token,
    })
    expect(response.status).toBe(200)
  })

  it('should not let staff change media or topics at all', async () => {
    const { token } = users.staff
    expect(
      (await api.patch(`/media/${media.draftOnly.id}`, { body: { alt: 'x' }, token })).status,
    ).toBe(403)
    expect(
      (await api.patch(`/topics/${topics.free.id}`, { body: { name: 'x' }, token })).status,
    ).toBe(403)
  })
})
