import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { buildWorld, type Id, people, type Person, SECRET, tokenOf, type World } from './world'

/** Who may read each internal collection at all (everyone else gets 403 and no data). */
const readers: Record<string, { graphQL?: string; people: Person[] }> = {
  'booking-notifications': { graphQL: 'BookingNotifications', people: ['staff', 'admin'] },
  'booking-requests': { graphQL: 'BookingRequests', people: ['staff', 'admin'] },
  'payload-jobs': { people: [] },
  'review-deliveries': { graphQL: 'ReviewDeliveries', people: ['editor', 'reviewer', 'admin'] },
  'review-events': { graphQL: 'ReviewEvents', people: ['editor', 'reviewer', 'admin'] },
  'slug-claims': { people: ['admin'] },
  users: { graphQL: 'Users', people: ['editor', 'reviewer', 'staff', 'admin'] },
}

/** Who sees drafts and internal review fields of speakers and interviews. */
const contentTeam: Person[] = ['editor', 'reviewer', 'admin']

describe('security probes: who reads what, on every path', () => {
  let world: World

  beforeAll(async () => {
    world = await buildWorld()
  })

  afterAll(async () => {
    await world.ctx.close()
  })

  const anyIdOf = async (collection: string): Promise<Id> => {
    const { docs } = await world.ctx.payload.find({ collection: collection as 'users', limit: 1 })
    if (!docs[0]) throw new Error(`no ${collection} to probe`)
    return docs[0].id
  }

  describe.each(people)('as %s', (person) => {
    const token = () => tokenOf(world, person)

    it.each(Object.keys(readers))(
      'should read %s over REST (list, by id, count) and GraphQL only if allowed',
      async (collection) => {
        const { graphQL, people: allowed } = readers[collection]
        const isAllowed = allowed.includes(person)
        const id = await anyIdOf(collection)
        const answers = await Promise.all(
          [`/${collection}`, `/${collection}/${id}`, `/${collection}/count`].map((path) =>
            world.api.get(path, { token: token() }),
          ),
        )
        for (const response of answers) {
          const text = await response.text()
          expect({ path: response.url, status: response.status }).toEqual({
            path: response.url,
            status: isAllowed ? 200 : 403,
          })
          if (!isAllowed) expect(text).not.toContain(SECRET)
        }
        if (!graphQL) return
        const result = await world.api.graphql(`{ ${graphQL} { totalDocs docs { id } } }`, {
          token: token(),
        })
        if (isAllowed) expect(result.data?.[graphQL].totalDocs).toBeGreaterThan(0)
        else {
          expect(result.data?.[graphQL] ?? null).toBeNull()
          expect(result.errors?.[0]?.extensions?.statusCode).toBe(403)
        }
      },
    )

    it.each(['speakers', 'interviews'])(
      'should see drafts, versions and review notes of %s only if on the content team',
      async (collection) => {
        const isTeam = contentTeam.includes(person)
        const kind = collection === 'speakers' ? 'Speaker' : 'Interview'
        const draftId =
          collection === 'speakers' ? world.ids.draftSpeaker : world.ids.draftInterview
        const list = await world.api.get(`/${collection}?draft=true&depth=2&limit=100`, {
          token: token(),
        })
        const listText = await list.text()
        expect(listText.includes(SECRET)).toBe(isTeam)
        expect(
          listText.includes(`Draft ${kind}`) || listText.includes(`Draft ${kind.toLowerCase()}`),
        ).toBe(isTeam)
        const byId = await world.api.get(`/${collection}/${draftId}?draft=true`, { token: token() })
        expect(byId.status).toBe(isTeam ? 200 : 404)
        const count = await (await world.api.get(`/${collection}/count`, { token: token() })).json()
        expect(count.totalDocs).toBe(isTeam ? 2 : 1)
        const versions = await world.api.get(`/${collection}/versions`, { token: token() })
        expect(versions.status).toBe(isTeam ? 200 : 403)
        const plural = collection === 'speakers' ? 'Speakers' : 'Interviews'
        const result = await world.api.graphql(
          `{ ${plural}(draft: true) { docs { id reviewNote } } ${kind}(id: ${JSON.stringify(draftId)}, draft: true) { id } }`,
          { token: token() },
        )
        expect(JSON.stringify(result.data ?? {}).includes(SECRET)).toBe(isTeam)
        expect(Boolean(result.data?.[kind])).toBe(isTeam)
      },
    )

    it('should not reach internal fields through populated relations and joins', async () => {
      const isTeam = contentTeam.includes(person)
      const response = await world.api.get(
        `/speakers/${world.ids.publishedSpeaker}?depth=3&joins[interviews][limit]=10`,
        { token: token() },
      )
      expect(response.status).toBe(200)
      const text = await response.text()
      expect(text.includes(SECRET)).toBe(isTeam)
      expect(text.includes('Draft interview')).toBe(isTeam)
    })
  })
})
