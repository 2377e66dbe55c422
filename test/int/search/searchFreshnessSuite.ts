import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import type { SpeakersBureauPluginConfig } from '../../../src/types'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../../helpers/users'

type Answer = {
  docs: { name?: string; slug: string; title?: string }[]
  facets: { topics: { count: number; name: string; slug: string }[] }
  totalDocs: number
}

/**
 * What an anonymous visitor finds: the outcome every change below is judged by. Run on each index
 * (searchFreshness.int.test.ts, portableSearch.int.test.ts).
 */
export const describeSearchFreshness = (
  index: string,
  options: { pluginOptions?: SpeakersBureauPluginConfig; pushSchema?: boolean } = {},
) =>
  describe(`search index freshness (${index}): only the public version is found, at once`, () => {
    let ctx: TestContext
    let payload: Payload
    let api: ApiClient
    let admin: SignedInUser
    let editor: SignedInUser

    const search = async (collection: string, query: string): Promise<Answer> => {
      const response = await api.get(`/${collection}/search?${query}`)
      expect(response.status).toBe(200)
      return (await response.json()) as Answer
    }
    const speakerNames = async (q: string) =>
      (await search('speakers', `q=${encodeURIComponent(q)}`)).docs.map(({ name }) => name)
    const interviewTitles = async (query: string) =>
      (await search('interviews', query)).docs.map(({ title }) => title)

    const patch = async (path: string, body: unknown, token: string) => {
      const response = await api.patch(path, { body, token })
      expect(response.status).toBe(200)
      return (await response.json()).doc
    }
    const publishSpeaker = async (data: Record<string, unknown>) => {
      const response = await api.post('/speakers', {
        body: { _status: 'published', ...data },
        token: admin.token,
      })
      expect(response.status).toBe(201)
      return (await response.json()).doc
    }

    beforeAll(async () => {
      ctx = await bootPayload(options)
      payload = ctx.payload
      api = createApiClient(ctx.config)
      admin = await signInAs(payload, 'admin')
      editor = await signInAs(payload, 'editor')
    })

    afterAll(async () => {
      await ctx.close()
    })

    it('should find a published speaker, never a draft or a draft renaming a live speaker', async () => {
      const live = await publishSpeaker({ name: 'Marguerite Oyelaran' })
      expect(await speakerNames('oyelaran')).toEqual(['Marguerite Oyelaran'])

      const draft = await api.post('/speakers', {
        body: { name: 'Hidden Drafterson' },
        token: editor.token,
      })
      expect(draft.status).toBe(201)
      expect(await speakerNames('drafterson')).toEqual([])

      // The editor saves a renamed draft over the live profile: the public keeps the old name.
      await patch(`/speakers/${live.id}?draft=true`, { name: 'Renamed Secretly' }, editor.token)
      expect(await speakerNames('secretly')).toEqual([])
      expect(await speakerNames('oyelaran')).toEqual(['Marguerite Oyelaran'])

      // Publishing the rename changes what is found.
      await patch(
        `/speakers/${live.id}`,
        { _status: 'published', name: 'Renamed Openly' },
        admin.token,
      )
      expect(await speakerNames('openly')).toEqual(['Renamed Openly'])
      expect(await speakerNames('oyelaran')).toEqual([])
    })

    it('should find a speaker by the other names of the public version only', async () => {
      const live = await publishSpeaker({ name: 'Ottilie Vansittart', otherNames: ['奥蒂莉'] })
      expect(await speakerNames('奥蒂莉')).toEqual(['Ottilie Vansittart'])
      expect(await speakerNames('aodili')).toEqual(['Ottilie Vansittart'])

      // A draft adding another name over the live profile: not found until it is published.
      await patch(
        `/speakers/${live.id}?draft=true`,
        { otherNames: ['奥蒂莉', 'Tilly Quarrington'] },
        editor.token,
      )
      expect(await speakerNames('quarrington')).toEqual([])
      // Nor through the collection's own REST and GraphQL reads.
      const rest = await api.get('/speakers?where[otherNames][like]=quarrington')
      expect((await rest.json()).docs).toEqual([])
      const graphql = await api.post('/graphql', {
        body: { query: '{ Speakers { docs { name otherNames } } }' },
      })
      const { data } = await graphql.json()
      expect(JSON.stringify(data)).not.toContain('Quarrington')
      expect(JSON.stringify(data)).toContain('奥蒂莉')
      await patch(`/speakers/${live.id}`, { _status: 'published' }, admin.token)
      expect(await speakerNames('quarrington')).toEqual(['Ottilie Vansittart'])

      // Removing a name removes it from search at once.
      await patch(`/speakers/${live.id}`, { _status: 'published', otherNames: [] }, admin.token)
      expect(await speakerNames('quarrington')).toEqual([])
      expect(await speakerNames('aodili')).toEqual([])
      expect(await speakerNames('vansittart')).toEqual(['Ottilie Vansittart'])
    })

    it('should drop a speaker from search when unpublished or deleted', async () => {
      const speaker = await publishSpeaker({ name: 'Temporary Tillmann' })
      expect(await speakerNames('tillmann')).toEqual(['Temporary Tillmann'])
      await patch(`/speakers/${speaker.id}`, { _status: 'draft' }, admin.token)
      expect(await speakerNames('tillmann')).toEqual([])

      await patch(`/speakers/${speaker.id}`, { _status: 'published' }, admin.token)
      expect(await speakerNames('tillmann')).toEqual(['Temporary Tillmann'])
      expect((await api.delete(`/speakers/${speaker.id}`, { token: admin.token })).status).toBe(200)
      expect(await speakerNames('tillmann')).toEqual([])
    })

    it('should follow a bulk unpublish', async () => {
      await publishSpeaker({ name: 'Bulk Bertholdt One' })
      await publishSpeaker({ name: 'Bulk Bertholdt Two' })
      expect(await speakerNames('bertholdt')).toHaveLength(2)
      const response = await api.patch(`/speakers?where[name][like]=Bertholdt`, {
        body: { _status: 'draft' },
        token: admin.token,
      })
      expect(response.status).toBe(200)
      expect(await speakerNames('bertholdt')).toEqual([])
    })

    it("should find speakers by a topic's new name right after the rename", async () => {
      const topic = await payload.create({
        collection: 'topics',
        data: { name: 'Quantum gardening' },
      })
      await publishSpeaker({ name: 'Topical Tamsin', topics: [topic.id] })
      expect(await speakerNames('gardening')).toEqual(['Topical Tamsin'])
      await patch(`/topics/${topic.id}`, { name: 'Orbital beekeeping' }, admin.token)
      expect(await speakerNames('beekeeping')).toEqual(['Topical Tamsin'])
      expect(await speakerNames('gardening')).toEqual([])
      const facets = (await search('speakers', 'q=tamsin')).facets.topics
      expect(facets).toEqual([{ count: 1, name: 'Orbital beekeeping', slug: 'quantum-gardening' }])
    })

    it("should file a speaker under a topic's new parent once the topic moves", async () => {
      const ocean = await payload.create({ collection: 'topics', data: { name: 'Ocean studies' } })
      const desert = await payload.create({
        collection: 'topics',
        data: { name: 'Desert studies' },
      })
      const dunes = await payload.create({
        collection: 'topics',
        data: { name: 'Wandering dunes', parent: ocean.id },
      })
      await publishSpeaker({ name: 'Migrating Mirabelle', topics: [dunes.id] })
      const found = async (topicSlug: string) =>
        (await search('speakers', `q=mirabelle&topic=${topicSlug}`)).docs.map(({ name }) => name)
      const facetSlugs = async () =>
        (await search('speakers', 'q=mirabelle')).facets.topics.map(({ slug }) => slug).sort()
      expect(await found(ocean.slug!)).toEqual(['Migrating Mirabelle'])
      expect(await found(desert.slug!)).toEqual([])
      expect(await facetSlugs()).toEqual([dunes.slug, ocean.slug].sort())

      await patch(`/topics/${dunes.id}`, { parent: desert.id }, admin.token)
      expect(await found(desert.slug!)).toEqual(['Migrating Mirabelle'])
      expect(await found(ocean.slug!)).toEqual([])
      expect(await facetSlugs()).toEqual([desert.slug, dunes.slug].sort())
    })

    it('should forget a deleted topic, also when a new topic gets its id', async () => {
      const fleeting = await payload.create({
        collection: 'topics',
        data: { name: 'Fleeting matters' },
      })
      await publishSpeaker({ name: 'Ephemeral Evander', topics: [fleeting.id] })
      expect(await speakerNames('fleeting')).toEqual(['Ephemeral Evander'])
      const deleted = await api.delete(`/topics/${fleeting.id}`, { token: admin.token })
      expect(deleted.status).toBe(200)
      // SQLite gives the next row the highest id again: the new topic may be the old one's id.
      const next = await payload.create({ collection: 'topics', data: { name: 'Brand new topic' } })
      expect((await search('speakers', `topic=${next.slug}`)).totalDocs).toBe(0)
      expect(await speakerNames('brand')).toEqual([])
      expect((await search('speakers', 'q=evander')).facets.topics).toEqual([])
      expect(await speakerNames('evander')).toEqual(['Ephemeral Evander'])
    })

    describe('interviews', () => {
      let speaker: { id: number | string; slug: string }
      let topic: { id: number | string; slug?: null | string }

      const publishInterview = async (data: Record<string, unknown>) => {
        const response = await api.post('/interviews', {
          body: { _status: 'published', ...data },
          token: admin.token,
        })
        expect(response.status).toBe(201)
        return (await response.json()).doc
      }

      const body = (question: string, answer: string, paragraph: string) => ({
        root: {
          children: [
            {
              children: [{ text: paragraph, type: 'text', version: 1 }],
              direction: null,
              format: '',
              indent: 0,
              type: 'paragraph',
              version: 1,
            },
            {
              fields: { answer, blockType: 'qa', id: 'q1', question },
              format: '',
              type: 'block',
              version: 2,
            },
          ],
          direction: null,
          format: '',
          indent: 0,
          type: 'root',
          version: 1,
        },
      })

      beforeAll(async () => {
        speaker = await publishSpeaker({ name: '陈静' })
        topic = await payload.create({ collection: 'topics', data: { name: 'Search engines' } })
        await publishInterview({
          body: body('What about mobile?', 'Everything moves to phones.', 'A long conversation.'),
          excerpt: 'On the future of search in China',
          speakers: [speaker.id],
          title: 'Older interview on searching',
          topics: [topic.id],
        })
        await new Promise((resolve) => setTimeout(resolve, 20))
        await publishInterview({ speakers: [speaker.id], title: 'Newer interview on searching' })
        await api.post('/interviews', {
          body: { speakers: [speaker.id], title: 'Draft interview on searching' },
          token: editor.token,
        })
      })

      it('should find interviews by title, excerpt, body, questions and speaker names, newest first', async () => {
        expect(await interviewTitles('q=searching')).toEqual([
          'Newer interview on searching',
          'Older interview on searching',
        ])
        for (const q of [
          'china',
          'conversation',
          'phones',
          'mobile',
          'chen jing',
          '陈静',
          'chenjing',
          // One typo in the excerpt, the text and an answer (words of five letters or more).
          'futrue',
          'conversaton',
          'phoens',
        ]) {
          expect(await interviewTitles(`q=${encodeURIComponent(q)}`)).toContain(
            'Older interview on searching',
          )
        }
        // The exact title ranks first, whatever the dates.
        expect((await interviewTitles('q=older%20interview%20on%20searching'))[0]).toBe(
          'Older interview on searching',
        )
      })

      it('should publish two interviews at once that bring the same new words in opposite orders', async () => {
        const words = Array.from(
          { length: 300 },
          (_, i) =>
            `concurrent${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
        )
        const author = await publishSpeaker({ name: 'Concurrent Author' })
        for (let round = 0; round < 3; round++) {
          const fresh = words.map((word) => `${word}${String.fromCharCode(97 + round)}`)
          const made = await Promise.all(
            [fresh, [...fresh].reverse()].map((text, i) =>
              api.post('/interviews', {
                body: {
                  _status: 'published',
                  body: body('Q?', 'A.', text.join(' ')),
                  speakers: [author.id],
                  title: `Concurrent ${round} ${i}`,
                },
                token: admin.token,
              }),
            ),
          )
          expect(made.map(({ status }) => status)).toEqual([201, 201])
          // Both are found through a typo of a word they brought (a letter left out).
          const typo = fresh[150].slice(0, 3) + fresh[150].slice(4)
          expect((await interviewTitles(`q=${typo}`)).sort()).toEqual([
            `Concurrent ${round} 0`,
            `Concurrent ${round} 1`,
          ])
        }
      })

      it('should rename two co-speakers at once, and publish their interview meanwhile: every new name found', async () => {
        const [first, second] = [
          await publishSpeaker({ name: 'Corenamed Alpha' }),
          await publishSpeaker({ name: 'Corenamed Beta' }),
        ]
        const interview = (title: string, speakers: unknown[]) =>
          api.post('/interviews', {
            body: { _status: 'published', body: body('Q?', 'A.', 'Shared.'), speakers, title },
            token: admin.token,
          })
        for (let i = 0; i < 12; i++) {
          // Half name the first speaker first, half the second.
          const speakers = i % 2 ? [first.id, second.id] : [second.id, first.id]
          expect((await interview(`Shared interview ${i}`, speakers)).status).toBe(201)
        }
        for (let round = 0; round < 4; round++) {
          const names = [`Firstrenamed${round} Alpha`, `Secondrenamed${round} Beta`]
          const saved = await Promise.all([
            ...[first, second].map((speaker, i) =>
              api.patch(`/speakers/${speaker.id}`, {
                body: { _status: 'published', name: names[i] },
                token: admin.token,
              }),
            ),
            interview(`Shared interview, round ${round}`, [first.id, second.id]),
          ])
          expect(saved.map(({ status }) => status)).toEqual([200, 200, 201])
          // Before the fix, one of the two names was lost from the shared interviews' entries.
          for (const name of names) {
            const found = await interviewTitles(`q=${name.split(' ')[0]}&limit=50`)
            expect(found).toHaveLength(13 + round)
          }
        }
      })

      it('should filter interviews by topic and speaker slugs', async () => {
        expect(await interviewTitles(`topic=${topic.slug}`)).toEqual([
          'Older interview on searching',
        ])
        expect(await interviewTitles(`speaker=${speaker.slug}`)).toHaveLength(2)
        expect(await interviewTitles('speaker=nobody-at-all')).toEqual([])
      })

      it("should find a speaker's interviews by the speaker's new public name", async () => {
        await patch(
          `/speakers/${speaker.id}`,
          { _status: 'published', name: 'Jing Chen-Novak' },
          admin.token,
        )
        expect(await interviewTitles('q=novak')).toHaveLength(2)
        expect(await interviewTitles('q=chenjing')).toEqual([])
      })

      it("should drop an unpublished speaker's names from its interviews, a draft pending or not", async () => {
        const found = (name: string) => interviewTitles(`q=${name}`)
        for (const [name, unpublish] of [
          ['xylophonia', 'by id'],
          ['quetzalname', 'by restoring a draft version'],
        ] as const) {
          const hidden = await publishSpeaker({ name: `Hidden ${name}`, otherNames: [name] })
          await publishInterview({ speakers: [hidden.id], title: `Talk with the ${unpublish} one` })
          expect(await found(name)).toEqual([`Talk with the ${unpublish} one`])
          // A draft pending: the newest version is a draft with the same names.
          const draft = await patch(
            `/speakers/${hidden.id}?draft=true`,
            { shortBio: 'An edit in review' },
            editor.token,
          )
          expect(draft._status).toBe('draft')
          if (unpublish === 'by id') {
            await patch(`/speakers/${hidden.id}`, { _status: 'draft' }, admin.token)
          } else {
            const { docs } = await payload.findVersions({
              collection: 'speakers',
              sort: '-updatedAt',
              where: { parent: { equals: hidden.id }, 'version._status': { equals: 'draft' } },
            })
            const restored = await api.post(`/speakers/versions/${docs[0].id}`, {
              token: admin.token,
            })
            expect(restored.status).toBe(200)
          }
          expect((await api.get(`/speakers/${hidden.id}`)).status).toBe(404)
          expect(await speakerNames(name)).toEqual([])
          expect(await found(name)).toEqual([])
          expect(await found('hidden')).toEqual([])
        }
      })

      it("should find a speaker's interviews by the speaker's other names once published", async () => {
        await patch(
          `/speakers/${speaker.id}?draft=true`,
          { otherNames: ['Jenny Chan'] },
          editor.token,
        )
        expect(await interviewTitles(`q=${encodeURIComponent('jenny chan')}`)).toEqual([])
        await patch(`/speakers/${speaker.id}`, { _status: 'published' }, admin.token)
        expect(await interviewTitles(`q=${encodeURIComponent('jenny chan')}`)).toHaveLength(2)
        // Published straight away, only the other names changing: the interviews follow too.
        await patch(
          `/speakers/${speaker.id}`,
          { _status: 'published', otherNames: ['Jing Halvorsen'] },
          admin.token,
        )
        expect(await interviewTitles('q=halvorsen')).toHaveLength(2)
        expect(await interviewTitles(`q=${encodeURIComponent('jenny chan')}`)).toEqual([])
      })
    })
  })
