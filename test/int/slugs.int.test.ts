import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { toSlug, withSuffix } from '../../src/slugs/toSlug'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'

describe('toSlug', () => {
  it.each([
    ['媒体', 'meiti'],
    ['独立门', 'duli-men'],
    ['독립문', 'dongnimmun'],
    ['Élan Vital', 'elan-vital'],
    ['Кайзер Куо', 'kayzer-kuo'],
    ['Αθήνα', 'athina'],
    ['Νίκος Παπαδόπουλος', 'nikos-papadopoulos'],
    ['银行家 Zhang', 'yinhang-jia-zhang'],
    ["Korea's future", 'koreas-future'],
    ['O’Brien’s talk', 'obriens-talk'],
    ['  --Kaiser   KUO-- ', 'kaiser-kuo'],
  ])('should turn the title %s into %s', (input, expected) => {
    expect(toSlug(input)).toBe(expected)
  })

  it.each([
    ['李晓华', 'li-xiaohua'],
    ['李开复', 'li-kaifu'],
    ['欧阳娜娜', 'ouyang-nana'],
    ['司马光', 'sima-guang'],
    ['曾国藩', 'zeng-guofan'],
    ['김영희', 'gim-yeonghui'],
    ['남궁민수', 'namgung-minsu'],
    ['Kaiser Kuo 郭怡广', 'kaiser-kuo-guo-yiguang'],
    ['Søren Kierkegaard', 'soren-kierkegaard'],
  ])("should turn the person's name %s into %s", (input, expected) => {
    expect(toSlug(input, { person: true })).toBe(expected)
  })

  it('should cap slugs at 96 characters without a trailing hyphen', () => {
    const slug = toSlug('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it('should return an empty slug when nothing usable remains', () => {
    expect(toSlug('?!… ---')).toBe('')
  })
})

describe('slugs on documents', () => {
  let ctx: TestContext
  let api: ApiClient
  let editor: SignedInUser
  let admin: SignedInUser

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
    editor = await signInAs(ctx.payload, 'editor')
  })

  afterAll(async () => {
    await ctx.close()
  })

  /** Editors draft; publishing needs an admin (or an approved document and a reviewer). */
  const createSpeaker = async (data: Record<string, unknown>) => {
    const token = data._status === 'published' ? admin.token : editor.token
    const response = await api.post('/speakers', { body: data, token })
    return { body: await response.json(), status: response.status }
  }

  it('should generate slugs from Chinese, Korean and accented names', async () => {
    const created = await Promise.all(['李开复', '김영희'].map((name) => createSpeaker({ name })))
    const topic = await api.post('/topics', { body: { name: 'Élan Vital' }, token: editor.token })
    expect(created.map(({ body }) => body.doc.slug)).toEqual(['li-kaifu', 'gim-yeonghui'])
    expect((await topic.json()).doc.slug).toBe('elan-vital')
  })

  it('should add -2, -3 on clashes', async () => {
    const slugs: string[] = []
    for (let i = 0; i < 3; i++)
      slugs.push((await createSpeaker({ name: 'Kaiser Kuo' })).body.doc.slug)
    expect(slugs).toEqual(['kaiser-kuo', 'kaiser-kuo-2', 'kaiser-kuo-3'])
  })

  it('should give concurrent creates of the same name distinct slugs', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => createSpeaker({ name: 'Same Name' })),
    )
    expect(results.map(({ status }) => status)).toEqual([201, 201, 201, 201, 201])
    const slugs = results.map(({ body }) => body.doc.slug).sort()
    expect(slugs).toEqual(['same-name', 'same-name-2', 'same-name-3', 'same-name-4', 'same-name-5'])
  })

  it('should find the first free suffix past ten taken: the 71st "Li Wei" is li-wei-71, a long name keeps its length', async () => {
    const claim = (slug: string) =>
      ctx.payload.create({
        collection: 'slug-claims',
        data: { collection: 'speakers', key: `speakers:${slug}`, slug },
      })
    const long = 'Wei '.repeat(30).trim()
    const longBase = toSlug(long, { person: true })
    for (let n = 1; n <= 70; n++) {
      await claim(withSuffix('li-wei', n))
      await claim(withSuffix(longBase, n))
    }
    // Newer claims of names that contain it change nothing (li-wei-zhang-900 is not a Li Wei).
    for (let n = 1; n <= 250; n++) await claim(`li-wei-zhang-${n}`)
    const first = await createSpeaker({ name: 'Li Wei' })
    const second = await createSpeaker({ name: 'Li Wei' })
    const longOne = await createSpeaker({ name: long })
    expect([first.body.doc.slug, second.body.doc.slug]).toEqual(['li-wei-71', 'li-wei-72'])
    expect(longOne.body.doc.slug).toBe(withSuffix(longBase, 71))
    expect(longOne.body.doc.slug.length).toBeLessThanOrEqual(96)
  })

  it('should normalise a typed slug', async () => {
    const { body } = await createSpeaker({ name: 'Typed', slug: '  My OWN  Slug!! ' })
    expect(body.doc.slug).toBe('my-own-slug')
  })

  it('should refuse a typed slug with nothing valid in it, naming the field, and store nothing', async () => {
    const { body, status } = await createSpeaker({ name: 'Nothing Valid', slug: '?!?' })
    expect(status).toBe(400)
    expect(body.errors[0].data.errors[0]).toMatchObject({ path: 'slug' })
    const { totalDocs } = await ctx.payload.count({
      collection: 'speakers',
      where: { name: { equals: 'Nothing Valid' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should let an unpublished draft slug follow its name', async () => {
    const { body } = await createSpeaker({ name: 'Draft Person' })
    const response = await api.patch(`/speakers/${body.doc.id}?draft=true`, {
      body: { name: 'Renamed Person' },
      token: editor.token,
    })
    expect((await response.json()).doc.slug).toBe('renamed-person')
    const claims = await ctx.payload.count({
      collection: 'slug-claims',
      where: { key: { equals: 'speakers:draft-person' } },
    })
    expect(claims.totalDocs).toBe(0)
  })

  it('should keep the slug of a published document when its name changes', async () => {
    const { body } = await createSpeaker({ _status: 'published', name: 'Published Person' })
    const response = await api.patch(`/speakers/${body.doc.id}`, {
      body: { _status: 'published', name: 'Published Person Renamed' },
      token: admin.token,
    })
    const doc = (await response.json()).doc
    expect(doc.name).toBe('Published Person Renamed')
    expect(doc.slug).toBe('published-person')
  })

  it('should keep the old slug of a published document and redirect it', async () => {
    const { body } = await createSpeaker({ _status: 'published', name: 'Moving Person' })
    const patched = await api.patch(`/speakers/${body.doc.id}`, {
      body: { _status: 'published', slug: 'moved-person' },
      token: admin.token,
    })
    const doc = (await patched.json()).doc
    expect(doc.slug).toBe('moved-person')
    expect(doc.previousSlugs).toEqual(['moving-person'])

    const old = await api.get('/speakers/by-slug/moving-person')
    expect(old.status).toBe(301)
    expect(old.headers.get('location')).toBe('/api/speakers/by-slug/moved-person')
    expect(await old.json()).toEqual({ redirect: 'moved-person' })

    const current = await api.get('/speakers/by-slug/moved-person')
    expect(current.status).toBe(200)
    expect((await current.json()).name).toBe('Moving Person')
  })

  it('should not hand a published document old slug to another document', async () => {
    const { body } = await createSpeaker({ name: 'Moving Person' })
    expect(body.doc.slug).toBe('moving-person-2')
  })

  it('should answer a slug in any letter case, and redirect a syllable-split spelling', async () => {
    const { body } = await createSpeaker({ _status: 'published', name: '李晓华' })
    expect(body.doc.slug).toBe('li-xiaohua')

    const upper = await api.get('/speakers/by-slug/Li-Xiaohua')
    expect(upper.status).toBe(200)
    expect((await upper.json()).name).toBe('李晓华')

    for (const spelling of ['li-xiao-hua', 'Li-Xiao-Hua', 'LI-XIAO-HUA']) {
      const split = await api.get(`/speakers/by-slug/${spelling}`)
      expect(split.status).toBe(301)
      expect(split.headers.get('location')).toBe('/api/speakers/by-slug/li-xiaohua')
      expect(await split.json()).toEqual({ redirect: 'li-xiaohua' })
    }
    // A spelling that joins other syllables names nobody.
    expect((await api.get('/speakers/by-slug/lix-iao-hua')).status).toBe(404)
  })

  it('should not redirect a visitor to a draft under a split spelling', async () => {
    const { body } = await createSpeaker({ name: '王小明' })
    expect(body.doc.slug).toBe('wang-xiaoming')
    expect((await api.get('/speakers/by-slug/wang-xiao-ming')).status).toBe(404)
  })

  it('should answer 404 for an unknown slug', async () => {
    const response = await api.get('/speakers/by-slug/nobody-here')
    expect(response.status).toBe(404)
  })

  it('should refuse a topic as its own ancestor', async () => {
    const parent = await ctx.payload.create({ collection: 'topics', data: { name: 'Parent' } })
    const child = await ctx.payload.create({
      collection: 'topics',
      data: { name: 'Child', parent: parent.id },
    })
    const response = await api.patch(`/topics/${parent.id}`, {
      body: { parent: child.id },
      token: editor.token,
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].data.errors[0].path).toBe('parent')
    const stored = await ctx.payload.findByID({ collection: 'topics', id: parent.id })
    expect(stored.parent ?? null).toBeNull()
  })
})
