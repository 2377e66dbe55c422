import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { seed } from '../../seed/index'
import { seedInterviews } from '../../seed/interviews'
import { seedSpeakers } from '../../seed/speakers'
import { seedTopics } from '../../seed/topics'
import { DEFAULT_SEED_ADMIN_PASSWORD } from '../../seed/users'
import { createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'

describe('seed', () => {
  let ctx: TestContext
  const lines: string[] = []
  const counts = async () => ({
    interviews: (await ctx.payload.count({ collection: 'interviews' })).totalDocs,
    speakers: (await ctx.payload.count({ collection: 'speakers' })).totalDocs,
    topics: (await ctx.payload.count({ collection: 'topics' })).totalDocs,
    users: (await ctx.payload.count({ collection: 'users' })).totalDocs,
  })

  beforeAll(async () => {
    ctx = await bootPayload()
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should create the starting content and say so step by step', async () => {
    const result = await seed({ env: {}, log: (line) => lines.push(line), payload: ctx.payload })
    expect(await counts()).toEqual({
      interviews: seedInterviews.length,
      speakers: seedSpeakers.length,
      topics: seedTopics.length,
      users: 4,
    })
    expect(seedSpeakers.length).toBeGreaterThanOrEqual(12)
    expect(seedInterviews.length).toBeGreaterThanOrEqual(20)
    expect(result.interviews).toEqual({ created: seedInterviews.length, existing: 0 })
    expect(lines).toEqual([
      'seed: users      4 created, 0 already there',
      `seed: topics     ${seedTopics.length} created, 0 already there`,
      `seed: speakers   ${seedSpeakers.length} created, 0 already there`,
      `seed: interviews ${seedInterviews.length} created, 0 already there`,
    ])
  })

  it('should seed Kaiser Kuo, published, with his JoongAng Daily interview as a Q&A', async () => {
    const { docs } = await ctx.payload.find({
      collection: 'speakers',
      depth: 1,
      where: { slug: { equals: 'kaiser-kuo' } },
    })
    expect(docs[0]).toMatchObject({
      _status: 'published',
      jobTitle: 'Director of Communication',
      organization: 'Baidu',
      travelsFrom: { city: 'Beijing' },
    })
    const interviews = await ctx.payload.find({
      collection: 'interviews',
      where: { 'source.publication': { equals: 'Korea JoongAng Daily' } },
    })
    const body = interviews.docs[0].body as {
      root: { children: { fields?: { blockType: string } }[] }
    }
    const blocks = body.root.children.filter((node) => node.fields?.blockType === 'qa')
    expect(blocks.length).toBeGreaterThanOrEqual(4)
  })

  it('should transliterate Chinese, Korean, Cyrillic and Greek names into slugs', async () => {
    const { docs } = await ctx.payload.find({ collection: 'speakers', limit: 100, sort: 'slug' })
    const slugs = docs.map((doc) => doc.slug)
    expect(slugs).toEqual(
      expect.arrayContaining([
        'li-xiaohua',
        'gim-yeonghui',
        'anna-petrova',
        'nikos-papadopoulos',
        'zhang-meiling',
      ]),
    )
    const topic = await ctx.payload.find({
      collection: 'topics',
      where: { name: { equals: 'Économie numérique' } },
    })
    expect(topic.docs[0].slug).toBe('economie-numerique')
  })

  it('should mix published and draft content', async () => {
    const drafts = await ctx.payload.count({
      collection: 'interviews',
      where: { _status: { equals: 'draft' } },
    })
    const published = await ctx.payload.count({
      collection: 'interviews',
      where: { _status: { equals: 'published' } },
    })
    expect(drafts.totalDocs).toBeGreaterThan(0)
    expect(published.totalDocs).toBeGreaterThanOrEqual(12)
  })

  it("should show anonymous readers the published speakers' portraits only", async () => {
    const api = createApiClient(ctx.config)
    const { docs } = await (await api.get('/media?limit=100&depth=0')).json()
    const alts = docs.map(({ alt }: { alt: string }) => alt).sort()
    expect(seedSpeakers.some(({ isDraft }) => isDraft)).toBe(true)
    expect(alts).toEqual(
      seedSpeakers
        .filter(({ isDraft }) => !isDraft)
        .map(({ name }) => `Portrait of ${name}`)
        .sort(),
    )
    const kaiser = await (await api.get('/speakers/by-slug/kaiser-kuo?depth=1')).json()
    const file = await api.get(`/media/file/${encodeURIComponent(kaiser.photo.filename)}`)
    expect(file.status).toBe(200)
  })

  it("should let every seeded role sign in with the README's quick-start password", async () => {
    for (const role of ['admin', 'editor', 'reviewer', 'staff']) {
      const { user } = await ctx.payload.login({
        collection: 'users',
        data: { email: `${role}@speakers.local`, password: DEFAULT_SEED_ADMIN_PASSWORD },
      })
      expect(user?.roles).toEqual([role])
    }
  })

  it('should change nothing when run twice', async () => {
    const before = await counts()
    const again: string[] = []
    await seed({ env: {}, log: (line) => again.push(line), payload: ctx.payload })
    expect(await counts()).toEqual(before)
    expect(again.every((line) => / 0 created, \d+ already there$/.test(line))).toBe(true)
  })

  it('should refuse the default admin credentials in production', async () => {
    await expect(
      seed({ env: { NODE_ENV: 'production' }, log: () => undefined, payload: ctx.payload }),
    ).rejects.toThrow('Seeding in production needs SEED_ADMIN_EMAIL and SEED_ADMIN_PASSWORD')
  })

  it('should refuse a SEED_ADMIN_PASSWORD the app would refuse, naming the variable', async () => {
    for (const SEED_ADMIN_PASSWORD of ['short-pass', 'password1234'])
      await expect(
        seed({ env: { SEED_ADMIN_PASSWORD }, log: () => undefined, payload: ctx.payload }),
      ).rejects.toThrow(/^SEED_ADMIN_PASSWORD is refused: /)
  })
})
