import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { paragraph, richText } from '../../seed/lexical'
import type { Media } from '../../src/payload-types'
import { rebuildPublicMedia } from '../../src/sharedContent/rebuildPublicMedia'
import type { Role } from '../../src/vocabulary/roles'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { createPortrait, fileNamesOf, uploadForm, uploadNode } from '../helpers/media'
import { type SignedInUser, signInAsEachRole } from '../helpers/users'

type Id = number | string

const HIDDEN_NAME = 'Tom Becker'

/** Lexical rich text with these nodes (the seed's builders; the generated type is stricter). */
const richTextOf = (...children: object[]) => richText(...children) as never

/** Ids as strings, sorted: the same on every adapter. */
const sorted = (ids: Id[]): string[] => ids.map(String).sort()

describe('media of unpublished documents', () => {
  let ctx: TestContext
  let api: ApiClient
  const users = {} as Record<Role, SignedInUser>
  /** Media by what shows them. */
  const media = {} as Record<
    | 'draftSpeakerPhoto'
    | 'inDraftBody'
    | 'inPublishedBody'
    | 'pendingPhoto'
    | 'publishedSpeakerPhoto'
    | 'shared'
    | 'unused',
    Media
  >
  const ids = {} as Record<'draftSpeaker' | 'interview' | 'publishedSpeaker', Id>

  const publicIds = () =>
    sorted([media.publishedSpeakerPhoto.id, media.inPublishedBody.id, media.shared.id])
  const hiddenMedia = () => [
    media.draftSpeakerPhoto,
    media.inDraftBody,
    media.pendingPhoto,
    media.unused,
  ]

  /** What an anonymous reader gets for a file: status and, for a 200, its bytes. */
  const fileAnswer = async (filename: string, token?: string) => {
    const response = await api.get(`/media/file/${encodeURIComponent(filename)}`, { token })
    return {
      bytes: response.status === 200 ? (await response.arrayBuffer()).byteLength : 0,
      status: response.status,
    }
  }

  const anonymousListIds = async (): Promise<string[]> => {
    const body = await (await api.get('/media?limit=100&depth=0')).json()
    return sorted(body.docs.map(({ id }: { id: Id }) => id))
  }

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    Object.assign(users, await signInAsEachRole(ctx.payload))
    const { payload } = ctx
    media.publishedSpeakerPhoto = await createPortrait(payload, 'Public Speaker')
    media.draftSpeakerPhoto = await createPortrait(payload, HIDDEN_NAME)
    media.pendingPhoto = await createPortrait(payload, 'Public Speaker Again', 'Next portrait')
    media.inPublishedBody = await createPortrait(payload, 'Studio', 'A studio')
    media.inDraftBody = await createPortrait(payload, 'Backstage', 'Backstage before the talk')
    media.shared = await createPortrait(payload, 'Panel', 'The panel')
    media.unused = await createPortrait(payload, 'Unused', 'Nobody shows this')

    const publishedSpeaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Public Speaker', photo: media.publishedSpeakerPhoto.id },
    })
    // A pending draft with another photo: the public keeps the published one.
    await payload.update({
      collection: 'speakers',
      data: { photo: media.pendingPhoto.id },
      draft: true,
      id: publishedSpeaker.id,
    })
    const draftSpeaker = await payload.create({
      collection: 'speakers',
      data: {
        _status: 'draft',
        bio: richTextOf(uploadNode(media.shared.id)),
        name: HIDDEN_NAME,
        photo: media.draftSpeakerPhoto.id,
      },
    })
    const interview = await payload.create({
      collection: 'interviews',
      data: {
        _status: 'published',
        body: richTextOf(paragraph('In the studio:'), uploadNode(media.inPublishedBody.id)),
        speakers: [publishedSpeaker.id],
        title: 'A published interview',
      },
    })
    await payload.update({
      collection: 'interviews',
      data: { body: richTextOf(uploadNode(media.inDraftBody.id), uploadNode(media.shared.id)) },
      draft: true,
      id: interview.id,
    })
    // The shared image is also in a second published interview's body.
    await payload.create({
      collection: 'interviews',
      data: {
        _status: 'published',
        body: richTextOf(uploadNode(media.shared.id)),
        speakers: [publishedSpeaker.id],
        title: 'A panel',
      },
    })
    Object.assign(ids, {
      draftSpeaker: draftSpeaker.id,
      interview: interview.id,
      publishedSpeaker: publishedSpeaker.id,
    })
  })

  afterAll(async () => {
    await ctx.close()
  })

  describe.each([
    ['anonymous', undefined],
    ['staff', 'staff'],
  ] as const)('as %s', (_label, role) => {
    const token = () => (role ? users[role].token : undefined)

    it('should list and count only media that published documents show, over REST', async () => {
      const response = await api.get('/media?limit=100&depth=0', { token: token() })
      const text = await response.text()
      expect(response.status).toBe(200)
      expect(sorted(JSON.parse(text).docs.map(({ id }: { id: Id }) => id))).toEqual(publicIds())
      expect(text).not.toContain(HIDDEN_NAME)
      expect(text).not.toContain('Backstage')
      const count = await (await api.get('/media/count', { token: token() })).json()
      expect(count.totalDocs).toBe(3)
      const searched = await (
        await api.get(`/media?where[alt][like]=${encodeURIComponent('Tom')}`, { token: token() })
      ).json()
      expect(searched.docs).toEqual([])
    })

    it('should answer 404 for a hidden image by id, and 200 for a public one', async () => {
      for (const doc of hiddenMedia()) {
        const response = await api.get(`/media/${doc.id}`, { token: token() })
        expect({ alt: doc.alt, status: response.status }).toEqual({ alt: doc.alt, status: 404 })
        expect(await response.text()).not.toContain(doc.filename)
      }
      const shown = await api.get(`/media/${media.publishedSpeakerPhoto.id}`, { token: token() })
      expect(shown.status).toBe(200)
    })

    it("should not tell a hidden image's id from a missing one when asking about access", async () => {
      const missing = typeof media.unused.id === 'number' ? 999_999 : '0123456789abcdef01234567'
      const answers = []
      for (const id of [media.draftSpeakerPhoto.id, missing]) {
        const rest = await api.post(`/media/access/${id}`, { token: token() })
        const graphql = await api.graphql(
          `{ docAccessMedia(id: ${JSON.stringify(id)}) { read { permission } } }`,
          {
            token: token(),
          },
        )
        answers.push({ graphql: graphql.errors?.[0]?.extensions?.statusCode, rest: rest.status })
      }
      expect(answers[0]).toEqual(answers[1])
      expect(answers[0].rest).toBe(404)
      const shown = await api.post(`/media/access/${media.publishedSpeakerPhoto.id}`, {
        token: token(),
      })
      expect(shown.status).toBe(200)
    })

    it('should serve the files of public images and answer 404 for every file of a hidden one', async () => {
      for (const doc of hiddenMedia()) {
        const names = fileNamesOf(doc)
        // The original, thumbnail and card (800 px portraits get no 1280 px profile size).
        expect(names.length).toBe(3)
        for (const name of names) {
          expect({ name, ...(await fileAnswer(name, token())) }).toEqual({
            bytes: 0,
            name,
            status: 404,
          })
        }
      }
      for (const name of fileNamesOf(media.publishedSpeakerPhoto)) {
        const answer = await fileAnswer(name, token())
        expect({ name, status: answer.status }).toEqual({ name, status: 200 })
        expect(answer.bytes).toBeGreaterThan(0)
      }
      expect((await fileAnswer('no-such-file.png', token())).status).toBe(404)
    })

    it('should see only public media over GraphQL', async () => {
      const result = await api.graphql('{ allMedia(limit: 100) { totalDocs docs { id alt } } }', {
        token: token(),
      })
      expect(result.errors).toBeUndefined()
      expect(result.data?.allMedia.totalDocs).toBe(3)
      expect(sorted(result.data?.allMedia.docs.map(({ id }: { id: Id }) => id))).toEqual(
        publicIds(),
      )
      const one = await api.graphql(
        `{ Media(id: ${JSON.stringify(media.draftSpeakerPhoto.id)}) { alt } }`,
        {
          token: token(),
        },
      )
      expect(one.data?.Media ?? null).toBeNull()
      expect(JSON.stringify(one)).not.toContain(HIDDEN_NAME)
    })

    it('should see only public media through the Local API as that person', async () => {
      const found = await ctx.payload.find({
        collection: 'media',
        limit: 100,
        overrideAccess: false,
        user: role ? users[role].user : undefined,
      })
      expect(sorted(found.docs.map(({ id }) => id))).toEqual(publicIds())
    })

    it('should see the published photo of a published speaker through by-slug and depth', async () => {
      const bySlug = await (
        await api.get('/speakers/by-slug/public-speaker?depth=1', { token: token() })
      ).json()
      expect(bySlug.photo).toMatchObject({ alt: 'Portrait of Public Speaker' })
      expect(bySlug.photo.url).toMatch(/\.png$/)
      const photoFile = bySlug.photo.url.split('/').pop()
      expect((await fileAnswer(decodeURIComponent(photoFile), token())).status).toBe(200)
      const card = bySlug.photo.sizes.card.filename
      expect((await fileAnswer(card, token())).status).toBe(200)
      const interview = await (
        await api.get(`/interviews/${ids.interview}?depth=1`, { token: token() })
      ).json()
      const node = interview.body.root.children.find(
        (child: { type: string }) => child.type === 'upload',
      )
      expect(node.value).toMatchObject({ alt: 'A studio' })
      expect(JSON.stringify(interview)).not.toContain('Backstage')
    })
  })

  describe.each(['editor', 'reviewer', 'admin'] as const)('as %s', (role) => {
    it('should list, read and serve every image', async () => {
      const { token } = users[role]
      const list = await (await api.get('/media?limit=100&depth=0', { token })).json()
      expect(list.totalDocs).toBe(7)
      const hidden = await api.get(`/media/${media.draftSpeakerPhoto.id}`, { token })
      expect((await hidden.json()).alt).toBe(`Portrait of ${HIDDEN_NAME}`)
      expect((await fileAnswer(media.draftSpeakerPhoto.filename!, token)).status).toBe(200)
    })
  })

  it('should not let an editor make an image public by setting the flag, on any path', async () => {
    const { token, user } = users.editor
    const created = await api.post('/media', {
      body: await uploadForm('Sneaky', { alt: 'Sneaky', isPublic: true }),
      token,
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const patched = await api.patch(`/media/${media.unused.id}`, {
      body: { isPublic: true },
      token,
    })
    expect(patched.status).toBe(200)
    await ctx.payload.update({
      collection: 'media',
      data: { isPublic: true },
      id: media.unused.id,
      overrideAccess: false,
      user,
    })
    const graphql = await api.graphql(
      `mutation { updateMedia(id: ${JSON.stringify(media.unused.id)}, data: { alt: "Nobody shows this" }) { id } }`,
      { token },
    )
    expect(graphql.errors).toBeUndefined()
    expect(await anonymousListIds()).toEqual(publicIds())
    expect((await fileAnswer(doc.filename)).status).toBe(404)
    expect((await fileAnswer(media.unused.filename!)).status).toBe(404)
  })

  it('should refuse alternative text of the wrong type, on upload and on update, storing nothing', async () => {
    const { token } = users.editor
    const before = (await ctx.payload.count({ collection: 'media' })).totalDocs
    const created = await api.post('/media', {
      body: await uploadForm('Mistyped', { alt: { text: 'A portrait' } }),
      token,
    })
    expect(created.status).toBe(400)
    expect(JSON.stringify(await created.json())).toContain('"path":"alt"')
    expect((await ctx.payload.count({ collection: 'media' })).totalDocs).toBe(before)
    // Stored as the text `{"text":…}` before, which screen readers would have read out.
    const patched = await api.patch(`/media/${media.unused.id}`, {
      body: { alt: ['Nobody', 'shows this'] },
      token,
    })
    expect(patched.status).toBe(400)
    const stored = await ctx.payload.findByID({ collection: 'media', id: media.unused.id })
    expect(stored.alt).toBe('Nobody shows this')
  })

  it('should make a portrait public when its speaker is published, and hide it again on unpublish', async () => {
    const file = media.draftSpeakerPhoto.filename!
    expect((await fileAnswer(file)).status).toBe(404)
    const { payload } = ctx
    await payload.update({
      collection: 'speakers',
      data: { _status: 'published' },
      id: ids.draftSpeaker,
    })
    expect((await fileAnswer(file)).status).toBe(200)
    // Its bio shows the shared image too, which stays public while anything shows it.
    expect(await anonymousListIds()).toEqual(sorted([...publicIds(), media.draftSpeakerPhoto.id]))

    await payload.update({
      collection: 'speakers',
      data: { _status: 'draft' },
      id: ids.draftSpeaker,
    })
    expect((await fileAnswer(file)).status).toBe(404)
    expect(await anonymousListIds()).toEqual(publicIds())
  })

  it('should switch the public photo when a pending draft with a new one is published', async () => {
    const { payload } = ctx
    const before = media.publishedSpeakerPhoto.filename!
    const next = media.pendingPhoto.filename!
    expect([(await fileAnswer(before)).status, (await fileAnswer(next)).status]).toEqual([200, 404])
    await payload.update({
      collection: 'speakers',
      data: { _status: 'published' },
      id: ids.publishedSpeaker,
    })
    expect([(await fileAnswer(before)).status, (await fileAnswer(next)).status]).toEqual([404, 200])
    const bySlug = await (await api.get('/speakers/by-slug/public-speaker?depth=1')).json()
    expect(bySlug.photo.alt).toBe('Next portrait')
  })

  it('should keep a shared image public until the last published document showing it goes', async () => {
    const { payload } = ctx
    const shared = media.shared.filename!
    // Publishing the interview's pending draft: its body now shows the backstage and shared images.
    await payload.update({
      collection: 'interviews',
      data: { _status: 'published' },
      id: ids.interview,
    })
    expect((await fileAnswer(media.inDraftBody.filename!)).status).toBe(200)
    expect((await fileAnswer(media.inPublishedBody.filename!)).status).toBe(404)
    const panel = await payload.find({
      collection: 'interviews',
      where: { title: { equals: 'A panel' } },
    })
    await payload.delete({ collection: 'interviews', id: panel.docs[0].id })
    expect((await fileAnswer(shared)).status).toBe(200)
    await payload.delete({ collection: 'interviews', id: ids.interview })
    expect((await fileAnswer(shared)).status).toBe(404)
    expect((await fileAnswer(media.inDraftBody.filename!)).status).toBe(404)
  })

  it('should keep a photo public when one speaker showing it is unpublished as another is published with it', async () => {
    const { payload } = ctx
    const photo = await createPortrait(payload, 'Handed Over', 'Passed between two profiles')
    const speakers = []
    for (const name of ['Handover One', 'Handover Two'])
      speakers.push((await payload.create({ collection: 'speakers', data: { name } })).id)
    const save = (id: Id, _status: 'draft' | 'published') =>
      api.patch(`/speakers/${id}`, {
        body: { _status, photo: photo.id },
        token: users.admin.token,
      })
    expect((await save(speakers[0], 'published')).status).toBe(200)
    for (let round = 0; round < 4; round++) {
      // The photo passes from one published profile to the other, both saves at the same moment.
      const [from, to] = round % 2 ? [speakers[1], speakers[0]] : [speakers[0], speakers[1]]
      const saved = await Promise.all([save(from, 'draft'), save(to, 'published')])
      expect(saved.map(({ status }) => status)).toEqual([200, 200])
      expect((await fileAnswer(photo.filename!)).status).toBe(200)
    }
    // After four rounds the first shows it; unpublished too, nothing shows it.
    await save(speakers[0], 'draft')
    expect((await fileAnswer(photo.filename!)).status).toBe(404)
  })

  it('should rebuild the lists and flags from scratch for content written without the hooks', async () => {
    const { payload } = ctx
    const expected = await anonymousListIds()
    // As after adding the fields to an installation with content: nothing listed, nothing public.
    for (const collection of ['speakers', 'interviews'] as const) {
      const { docs } = await payload.find({ collection, limit: 100, pagination: false })
      for (const doc of docs)
        await payload.db.updateOne({
          collection,
          data: { usedMedia: [] },
          id: doc.id,
          req: undefined,
        })
    }
    await payload.db.updateMany({ collection: 'media', data: { isPublic: false }, where: {} })
    await payload.db.updateOne({
      collection: 'media',
      data: { isPublic: true },
      id: media.unused.id,
    })
    expect(await anonymousListIds()).toEqual([String(media.unused.id)])

    const { publicMedia } = await rebuildPublicMedia({ payload })
    expect(await anonymousListIds()).toEqual(expected)
    expect(publicMedia).toBe(expected.length)
  })
})
