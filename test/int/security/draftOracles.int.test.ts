import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { buildWorld, type Id, type Person, tokenOf, validBooking, type World } from './world'

/**
 * Drafts must not show through for people who may not read them (anonymous visitors and staff): a
 * published document with a pending (newer) draft is counted and listed exactly as without it, and a
 * draft's id answers exactly as an id that does not exist. Answers are compared byte for byte.
 */
describe('security probes: answers that depend on drafts', () => {
  let world: World
  let topic: { id: Id; slug: string }
  let pending: { interview: Id; speaker: Id }
  let missing: { interview: Id; speaker: Id }
  const outsiders: Person[] = ['anonymous', 'staff']

  /** GraphQL with a query string on the URL (the join resolver reads `?draft=true` from it). */
  const graphqlAt = async (search: string, query: string, token?: string): Promise<string> => {
    const request = new Request(`http://localhost:3000/api/graphql${search}`, {
      body: JSON.stringify({ query }),
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      method: 'POST',
    })
    return (await GRAPHQL_POST(world.ctx.config)(request)).text()
  }

  const get = async (path: string, token?: string): Promise<string> => {
    const response = await world.api.get(path, { token })
    return `${response.status} ${await response.text()}`
  }

  /** Everything an outsider can ask about the topic and the documents with a pending draft. */
  const publicAnswers = async (person: Person): Promise<Record<string, string>> => {
    const token = tokenOf(world, person)
    const { id, slug } = topic
    const literal = (value: Id) => JSON.stringify(value)
    const rest = [
      `/topics/${id}?draft=true&joins[speakers][count]=true&depth=0`,
      `/topics/${id}?draft=true&joins[interviews][count]=true&depth=0`,
      `/topics/${id}?draft=true&joins[speakers][where][name][like]=Bravo&depth=0`,
      `/topics/${id}?draft=true&depth=1`,
      `/topics/${id}?joins[speakers][count]=true&depth=0`,
      `/topics?draft=true&joins[speakers][count]=true&depth=0`,
      `/topics/by-slug/${slug}?draft=true&depth=1`,
      `/speakers?draft=true&depth=0&sort=name`,
      `/speakers?draft=true&depth=0&where[name][like]=Bravo`,
      `/speakers/${pending.speaker}?draft=true&depth=0&joins[interviews][count]=true`,
      `/speakers/by-slug/bravo?draft=true&depth=0`,
      `/speakers/count?draft=true`,
      `/interviews?draft=true&depth=1&sort=title`,
      `/interviews/${pending.interview}?draft=true&depth=1`,
      `/speakers/versions?where[parent][equals]=${pending.speaker}`,
      `/interviews/versions?draft=true`,
    ]
    const answers: Record<string, string> = {}
    for (const path of rest) answers[path] = await get(path, token)
    const access = await world.api.post(`/speakers/access/${pending.speaker}`, { token })
    answers['POST /speakers/access'] = `${access.status} ${await access.text()}`
    const topicQuery = `{ Topic(id: ${literal(id)}, draft: true) {
      speakers(count: true, sort: "name") { totalDocs docs { name } }
      interviews(count: true) { totalDocs docs { title } } } }`
    const graphql = {
      countSpeakers: '{ countSpeakers { totalDocs } }',
      docAccess: `{ docAccessSpeaker(id: ${literal(pending.speaker)}) { read { permission } } }`,
      Interviews: '{ Interviews(draft: true, sort: "title") { totalDocs docs { title } } }',
      Speaker: `{ Speaker(id: ${literal(pending.speaker)}, draft: true) { name topics { id } } }`,
      Speakers: '{ Speakers(draft: true, sort: "name") { totalDocs docs { name } } }',
      Topic: topicQuery,
      versions: '{ versionsSpeakers { totalDocs } }',
    }
    for (const [name, query] of Object.entries(graphql)) {
      answers[`graphql ${name}`] = await graphqlAt('', query, token)
      answers[`graphql ${name} ?draft=true`] = await graphqlAt('?draft=true', query, token)
    }
    return answers
  }

  let before: Record<Person, Record<string, string>>

  beforeAll(async () => {
    world = await buildWorld()
    const { payload } = world.ctx
    const created = await payload.create({ collection: 'topics', data: { name: 'Internet' } })
    topic = { id: created.id, slug: created.slug! }
    const speaker = async (name: string) =>
      payload.create({
        collection: 'speakers',
        data: { _status: 'published', name, topics: [created.id] },
      })
    await speaker('Alpha')
    const bravo = await speaker('Bravo')
    const interview = await payload.create({
      collection: 'interviews',
      data: {
        _status: 'published',
        speakers: [bravo.id],
        title: 'Bravo on AI',
        topics: [created.id],
      },
    })
    pending = { interview: interview.id, speaker: bravo.id }
    // Ids that existed and do not any more, of the adapter's own type.
    const goneInterview = await payload.create({
      collection: 'interviews',
      data: { _status: 'draft', speakers: [bravo.id], title: 'Gone' },
    })
    const goneSpeaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'draft', name: 'Gone' },
    })
    await payload.delete({ collection: 'interviews', id: goneInterview.id })
    await payload.delete({ collection: 'speakers', id: goneSpeaker.id })
    missing = { interview: goneInterview.id, speaker: goneSpeaker.id }

    before = {} as typeof before
    for (const person of [...outsiders, 'editor'] as Person[])
      before[person] = await publicAnswers(person)

    // The pending drafts: renamed and taken off the topic, not yet published.
    await payload.update({
      collection: 'speakers',
      data: { name: 'Bravo (draft)', topics: [] },
      draft: true,
      id: bravo.id,
    })
    await payload.update({
      collection: 'interviews',
      data: { title: 'Bravo (draft)', topics: [] },
      draft: true,
      id: interview.id,
    })
  })

  afterAll(async () => {
    await world?.ctx.close()
  })

  it.each([['anonymous'], ['staff']] as [Person][])(
    'should answer %s exactly as before a published document had a pending draft',
    async (person) => {
      const after = await publicAnswers(person)
      for (const [question, answer] of Object.entries(before[person]!)) {
        expect([question, after[question]]).toEqual([question, answer])
      }
      // The published speaker is still counted and listed under the topic.
      const topicAnswer = JSON.parse(
        after[`/topics/${topic.id}?draft=true&joins[speakers][count]=true&depth=0`]!.slice(4),
      ) as { speakers: { docs: Id[]; totalDocs: number } }
      expect(topicAnswer.speakers.docs.map(String)).toContain(String(pending.speaker))
    },
  )

  it('should show the content team the pending drafts (so the probes above can fail)', async () => {
    const after = await publicAnswers('editor')
    const changed = Object.keys(before.editor!).filter(
      (question) => after[question] !== before.editor![question],
    )
    expect(changed).toEqual(
      expect.arrayContaining([
        `/topics/${topic.id}?draft=true&joins[speakers][count]=true&depth=0`,
        `/topics/${topic.id}?draft=true&joins[interviews][count]=true&depth=0`,
        `/topics/by-slug/${topic.slug}?draft=true&depth=1`,
        'graphql Speakers',
        'graphql Topic ?draft=true',
      ]),
    )
  })

  describe('a draft id and a missing id', () => {
    /** What an outsider learns about one id. */
    const aboutId = async (
      collection: 'interviews' | 'speakers',
      id: Id,
      person: Person,
    ): Promise<Record<string, string>> => {
      const token = tokenOf(world, person)
      const graphqlName = collection === 'speakers' ? 'Speaker' : 'Interview'
      const literal = JSON.stringify(id)
      const answers: Record<string, string> = {}
      for (const body of [undefined, { _status: 'published' }, { _status: 'draft' }]) {
        const response = await world.api.post(`/${collection}/access/${id}`, { body, token })
        answers[`access ${JSON.stringify(body)}`] = `${response.status} ${await response.text()}`
      }
      for (const path of [
        `/${collection}/${id}`,
        `/${collection}/${id}?draft=true`,
        `/${collection}?where[id][equals]=${id}&draft=true`,
        `/${collection}/count?where[id][equals]=${id}`,
        `/${collection}/versions?where[parent][equals]=${id}`,
      ])
        answers[path.replace(String(id), ':id')] = await get(path, token)
      for (const query of [
        `{ docAccess${graphqlName}(id: ${literal}) { read { permission } update { permission } } }`,
        `{ ${graphqlName}(id: ${literal}) { id } }`,
        `{ ${graphqlName}(id: ${literal}, draft: true) { id } }`,
      ])
        answers[query.replace(literal, ':id')] = await graphqlAt('', query, token)
      return answers
    }

    it.each([
      ['anonymous', 'speakers'],
      ['anonymous', 'interviews'],
      ['staff', 'speakers'],
      ['staff', 'interviews'],
    ] as [Person, 'interviews' | 'speakers'][])(
      'should answer %s about a draft %s exactly as about a missing one',
      async (person, collection) => {
        const draftId =
          collection === 'speakers' ? world.ids.draftSpeaker : world.ids.draftInterview
        const forDraft = await aboutId(collection, draftId, person)
        const forMissing = await aboutId(
          collection,
          missing[collection === 'speakers' ? 'speaker' : 'interview'],
          person,
        )
        for (const [question, answer] of Object.entries(forMissing)) {
          expect([question, forDraft[question]]).toEqual([question, answer])
        }
        expect(forDraft['access undefined']).toMatch(/^404 /)
      },
    )

    it('should still tell the content team a draft from a missing id, and outsiders a published one', async () => {
      const editorSees = await aboutId('speakers', world.ids.draftSpeaker, 'editor')
      expect(editorSees['access undefined']).toMatch(/^200 /)
      const published = await world.api.post(`/speakers/access/${world.ids.publishedSpeaker}`)
      expect(published.status).toBe(200)
      expect(await published.json()).toMatchObject({ read: { permission: true } })
    })

    it('should refuse a booking request naming a draft speaker as one naming a missing speaker', async () => {
      const answer = async (id: Id) => {
        const response = await world.api.post('/booking-requests', {
          body: validBooking({ speakers: [id] }),
        })
        // Payload names the refused id: "…invalid selections: 7, ".
        const text = (await response.text()).replace(`selections: ${id},`, 'selections: :id,')
        return `${response.status} ${text}`
      }
      const forDraft = await answer(world.ids.draftSpeaker)
      expect(forDraft).toMatch(/^400 /)
      expect(forDraft).toBe(await answer(missing.speaker))
    })
  })
})
