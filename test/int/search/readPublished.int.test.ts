import type { Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import type { SearchableCollection } from '../../../src/search/engine/types'

import { paragraph, qa, richText } from '../../../seed/lexical'
import { entryFields } from '../../../src/search/buildSearchEntry'
import { entriesOf } from '../../../src/search/indexPublicVersion'
import { readPublished } from '../../../src/search/readPublished'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'

/**
 * The index reads published documents through Payload's adapter, only the fields an entry is built
 * from (readPublished.ts, entryFields): the entries must be those the Local API's whole document
 * gives, for documents with every field an entry reads filled in.
 */
describe('what the search index reads of a published document', () => {
  let ctx: TestContext
  let payload: Payload
  let req: PayloadRequest
  const ids: Record<SearchableCollection, number | string> = { interviews: 0, speakers: 0 }

  const viaLocalApi = async (collection: SearchableCollection) =>
    (
      await payload.find({
        collection,
        depth: 0,
        draft: false,
        overrideAccess: true,
        where: { id: { equals: ids[collection] } },
      })
    ).docs

  const viaAdapter = (collection: SearchableCollection) =>
    readPublished({
      collection,
      req,
      select: entryFields[collection],
      where: { id: { equals: ids[collection] } },
    })

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
    req = await createLocalReq({}, payload)
    const parent = await payload.create({ collection: 'topics', data: { name: 'Internet' } })
    const topic = await payload.create({
      collection: 'topics',
      data: { name: 'Search engines', parent: parent.id },
    })
    const speaker = await payload.create({
      collection: 'speakers',
      data: {
        _status: 'published',
        featured: true,
        feeBand: '10k_20k',
        honorific: 'Dr.',
        jobTitle: 'Director of Communication',
        languages: ['zh', 'en'],
        name: '周杰伦',
        organization: 'Baidu',
        otherNames: ['Jay Chou', '周董'],
        shortBio: 'Speaks on search in China',
        topics: [topic.id],
        travelsFrom: { city: '北京', country: 'China' },
      } as never,
    })
    const coSpeaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Søren Kierkegaard', otherNames: ['SK'] } as never,
    })
    const interview = await payload.create({
      collection: 'interviews',
      data: {
        _status: 'published',
        body: richText(
          paragraph('How a search engine reads Chinese'),
          qa('What is pinyin for?', 'Typing, and finding'),
        ),
        excerpt: 'On words and engines',
        speakers: [speaker.id, coSpeaker.id],
        title: 'The web in two scripts',
        topics: [topic.id],
      } as never,
    })
    ids.speakers = speaker.id
    ids.interviews = interview.id
  })

  afterAll(() => ctx.close())

  it.each(['speakers', 'interviews'] as const)(
    'should build the same entry of a published %s as from the whole document',
    async (collection) => {
      const [whole] = await viaLocalApi(collection)
      const [read] = await viaAdapter(collection)
      expect(read).toBeDefined()
      const expected = await entriesOf(req, collection, [whole])
      expect(await entriesOf(req, collection, [read])).toEqual(expected)
      // Every field of the entry's is there to compare (none empty by accident).
      const [entry] = expected
      expect(entry.bodyTerms.length).toBeGreaterThan(5)
      expect(entry.values.map(({ kind }) => kind)).toEqual(
        collection === 'speakers'
          ? ['topic', 'topic', 'language', 'language']
          : ['topic', 'topic', 'speaker', 'speaker'],
      )
    },
  )

  it('should read nothing of a document whose live version is a draft', async () => {
    await payload.update({
      collection: 'speakers',
      data: { _status: 'draft' },
      draft: false,
      id: ids.speakers,
      overrideAccess: true,
    })
    expect(await viaAdapter('speakers')).toEqual([])
  })
})
