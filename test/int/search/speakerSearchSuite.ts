import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import type { SpeakersBureauPluginConfig } from '../../../src/types'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'

type Card = { name: string; slug: string }
type Answer = {
  docs: Card[]
  facets: {
    feeBands: { count: number; label: string; value: string }[]
    languages: { count: number; label: string; value: string }[]
    topics: { count: number; name: string; slug: string }[]
  }
  hasNextPage: boolean
  page: number
  totalDocs: number
  totalPages: number
}

/**
 * The speaker search's contract, run on each index (speakerSearch.int.test.ts: the database's
 * text search; portableSearch.int.test.ts: the portable index).
 */
export const describeSpeakerSearch = (
  index: string,
  options: { pluginOptions?: SpeakersBureauPluginConfig; pushSchema?: boolean } = {},
  /** The index's own tests, on the same speakers. */
  more?: (payloadOf: () => Payload) => void,
) =>
  describe(`GET /api/speakers/search (${index})`, () => {
    let ctx: TestContext
    let payload: Payload
    let api: ApiClient
    const topicIds: Record<string, number | string> = {}

    const search = async (query: string): Promise<Answer> => {
      const response = await api.get(`/speakers/search?${query}`)
      expect(response.status).toBe(200)
      return (await response.json()) as Answer
    }
    const names = async (query: string): Promise<string[]> =>
      (await search(query)).docs.map(({ name }) => name)

    const publish = (data: Record<string, unknown>) =>
      payload.create({ collection: 'speakers', data: { _status: 'published', ...data } as never })

    beforeAll(async () => {
      ctx = await bootPayload(options)
      payload = ctx.payload
      api = createApiClient(ctx.config)
      const tech = await payload.create({ collection: 'topics', data: { name: 'Technology' } })
      const internet = await payload.create({
        collection: 'topics',
        data: { name: 'Internet experts', parent: tech.id },
      })
      const philosophy = await payload.create({
        collection: 'topics',
        data: { name: 'Philosophy' },
      })
      Object.assign(topicIds, { internet: internet.id, philosophy: philosophy.id, tech: tech.id })

      await publish({
        feeBand: '10k_20k',
        jobTitle: 'Director of Communication',
        languages: ['zh', 'en'],
        name: '周杰伦',
        organization: 'Baidu',
        otherNames: ['Jay Chou'],
        topics: [internet.id],
        travelsFrom: { city: 'Beijing', country: 'China' },
      })
      await publish({ feeBand: '5k_10k', languages: ['ko'], name: '김영희', topics: [tech.id] })
      await publish({ languages: ['ko'], name: '박성민' })
      await publish({ languages: ['ko'], name: '최석열' })
      await publish({ languages: ['ru'], name: 'Анна Петрова', travelsFrom: { country: 'Russia' } })
      await publish({
        feeBand: '10k_20k',
        languages: ['en', 'de'],
        name: 'Søren Kierkegaard',
        shortBio: 'Writes about anxiety and faith.',
        topics: [philosophy.id],
      })
      await publish({ featured: true, languages: ['en'], name: 'Zhou Xun', topics: [internet.id] })
      await publish({ languages: ['en'], name: 'Ann Zhoujielun-Fan' })
      await publish({ name: '张朝阳' })
      await publish({ name: '曾乐' })
      await payload.create({
        collection: 'speakers',
        data: { _status: 'draft', name: '周杰伦 Draft' } as never,
      })
    })

    afterAll(async () => {
      await ctx.close()
    })

    it.each([
      ['周杰伦', '周杰伦'],
      ['zhou jielun', '周杰伦'],
      ['zhoujielun', '周杰伦'],
      ['Zhou Jie Lun', '周杰伦'],
      ['jiel', '周杰伦'],
      ['김영희', '김영희'],
      ['gim yeonghui', '김영희'],
      ['yeonghui', '김영희'],
      // Family names as their bearers usually spell them (src/transliteration/familiarSurnames.ts).
      ['kim', '김영희'],
      ['Kim Yeonghui', '김영희'],
      ['kimyeonghui', '김영희'],
      ['chow jielun', '周杰伦'],
      ['chou', '周杰伦'],
      // Korean given names as their bearers usually spell them (koreanGivenNames.ts).
      ['Kim Young-hee', '김영희'],
      ['young hee', '김영희'],
      ['younghee', '김영희'],
      ['kimyounghee', '김영희'],
      ['Park Sung-min', '박성민'],
      ['sungmin', '박성민'],
      ['choi seok yeol', '최석열'],
      ['Choi Suk-yeol', '최석열'],
      ['sukyeol', '최석열'],
      // Given names read another way than the dictionary's first (chineseGivenNames.ts).
      ['zhang zhaoyang', '张朝阳'],
      ['zhangzhaoyang', '张朝阳'],
      ['zhaoy', '张朝阳'],
      ['zhang chaoyang', '张朝阳'],
      // Too short for a typo to reach: only the other reading finds it.
      ['zeng yue', '曾乐'],
      ['zengyue', '曾乐'],
      ['zeng le', '曾乐'],
      // The other names a speaker goes by (otherNames).
      ['jay chou', '周杰伦'],
      ['Jay', '周杰伦'],
      ['анна', 'Анна Петрова'],
      ['anna petrova', 'Анна Петрова'],
      ['soren', 'Søren Kierkegaard'],
      ['SØREN', 'Søren Kierkegaard'],
      ['kierkegard', 'Søren Kierkegaard'],
      ['kierkegaadr', 'Søren Kierkegaard'],
      // Half typed, with a typo: a letter left out, two swapped (type-ahead).
      ['kirkeg', 'Søren Kierkegaard'],
      ['soren kirkega', 'Søren Kierkegaard'],
      ['anxeit', 'Søren Kierkegaard'],
      ['anxiety', 'Søren Kierkegaard'],
      // A typo in any word, the short bio's too (two letters swapped, one left out).
      ['anxeity', 'Søren Kierkegaard'],
      ['directr', '周杰伦'],
      ['bejing', '周杰伦'],
      ['baidu communication', '周杰伦'],
      ['beijing', '周杰伦'],
      ['philosophy', 'Søren Kierkegaard'],
      // A topic's name with a typo, or half typed with one: its speakers, its subtopics' too.
      ['philosph', 'Søren Kierkegaard'],
      ['tecnolog', '김영희'],
      ['tecnolog', '周杰伦'],
      ['intrenet exp', 'Zhou Xun'],
    ])('should find %s', async (q, expected) => {
      expect(await names(`q=${encodeURIComponent(q)}`)).toContain(expected)
    })

    it('should rank the exact name, then names starting with the query, then the rest', async () => {
      const found = await names('q=zhou')
      expect(found[0]).toBe('Zhou Xun')
      expect(await names(`q=${encodeURIComponent('zhou jielun')}`)).toEqual(['周杰伦'])
      const joined = await names('q=zhoujielun')
      expect(joined).toEqual(['周杰伦', 'Ann Zhoujielun-Fan'])
      // A family name spelled the familiar way is still the exact name.
      expect(await names(`q=${encodeURIComponent('kim yeonghui')}`)).toEqual(['김영희'])
      expect(await names('q=chow')).toEqual(['周杰伦'])
      // So is a Korean given name spelled the usual way, and RR written syllable by syllable.
      expect(await names(`q=${encodeURIComponent('Kim Young-hee')}`)).toEqual(['김영희'])
      expect(await names(`q=${encodeURIComponent('park sungmin')}`)).toEqual(['박성민'])
      expect(await names(`q=${encodeURIComponent('choi seok-yeol')}`)).toEqual(['최석열'])
      // Another name the speaker goes by is an exact name too.
      expect(await names(`q=${encodeURIComponent('jay chou')}`)).toEqual(['周杰伦'])
    })

    it('should never find drafts', async () => {
      expect(await names('q=draft')).toEqual([])
    })

    it('should answer odd input with 200 and nothing broken', async () => {
      for (const q of ["%_*(' OR 1=1", '"', '*', 'NEAR(a b)', '{name}:x', '\\', '🙂', '---']) {
        const answer = await search(`q=${encodeURIComponent(q)}`)
        expect(Array.isArray(answer.docs)).toBe(true)
      }
    })

    it('should refuse a query over 200 characters and bad filters with 400 naming the field', async () => {
      for (const [query, field] of [
        [`q=${'a'.repeat(201)}`, 'q'],
        ['language=xx', 'language'],
        ['feeBand=cheap', 'feeBand'],
        ['featured=maybe', 'featured'],
        ['limit=51', 'limit'],
        ['limit=0', 'limit'],
        ['page=0', 'page'],
        ['page=abc', 'page'],
        // Given twice or as an object: refused, never guessed at or dropped (all speakers).
        ['q[0]=kaiser', 'q'],
        ['q[]=a&q[]=b', 'q'],
        ['q[$ne]=', 'q'],
        ['q=kaiser&q=zzz', 'q'],
        ['page[]=1', 'page'],
        ['limit[$gt]=1', 'limit'],
        ['featured=1&featured=zzz', 'featured'],
        ['topic[$ne]=technology', 'topic'],
        ['language[a][b]=en', 'language'],
        // A country with no letter or digit names none.
        ['country=%21%21%21', 'country'],
        ['country=---', 'country'],
      ]) {
        const response = await api.get(`/speakers/search?${query}`)
        expect(response.status).toBe(400)
        expect(JSON.stringify(await response.json())).toContain(field)
      }
    })

    it('should read paging with leading zeros, and lists as qs writes them', async () => {
      expect((await search('page=00000000001&limit=0002')).docs).toHaveLength(2)
      expect((await names('feeBand[0]=5k_10k&feeBand[1]=10k_20k')).length).toBe(3)
      expect((await names('feeBand[]=5k_10k&feeBand[]=10k_20k')).length).toBe(3)
      // Parameters not ours (a cache buster) change nothing.
      expect(await names('featured=true&_=1733500000')).toEqual(['Zhou Xun'])
    })

    it('should filter by topic with its subtopics, language, fee band, featured and country', async () => {
      expect((await names('topic=technology')).sort()).toEqual(
        ['Zhou Xun', '周杰伦', '김영희'].sort(),
      )
      expect((await names('topic=internet-experts')).sort()).toEqual(['Zhou Xun', '周杰伦'].sort())
      expect(await names('language=de')).toEqual(['Søren Kierkegaard'])
      expect((await names('feeBand=5k_10k&feeBand=10k_20k')).length).toBe(3)
      expect(await names('featured=true')).toEqual(['Zhou Xun'])
      expect(await names('country=CHINA')).toEqual(['周杰伦'])
      expect(await names('topic=technology&language=en&q=zhou')).toEqual(['Zhou Xun', '周杰伦'])
    })

    it('should count each facet with every filter but its own', async () => {
      const answer = await search('topic=internet-experts&language=zh')
      expect(answer.docs.map(({ name }) => name)).toEqual(['周杰伦'])
      // Topics: counted with the language filter only.
      expect(answer.facets.topics).toEqual(
        expect.arrayContaining([
          { count: 1, name: 'Internet experts', slug: 'internet-experts' },
          { count: 1, name: 'Technology', slug: 'technology' },
        ]),
      )
      // Languages: counted with the topic filter only (Zhou Xun speaks English).
      expect(answer.facets.languages).toEqual([
        { count: 2, label: 'English', value: 'en' },
        { count: 1, label: 'Mandarin Chinese', value: 'zh' },
      ])
      expect(answer.facets.feeBands).toEqual([{ count: 1, label: '$10k – $20k', value: '10k_20k' }])
    })

    it('should page with limit and page', async () => {
      const first = await search('limit=2')
      const second = await search('limit=2&page=2')
      expect(first.totalDocs).toBe(10)
      expect(first.totalPages).toBe(5)
      expect(first.hasNextPage).toBe(true)
      expect(second.docs).toHaveLength(2)
      expect(second.docs[0].name).not.toBe(first.docs[0].name)
    })

    more?.(() => payload)
  })
