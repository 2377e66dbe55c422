import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { buildWorld, type Id, SECRET, type World } from './world'

/**
 * A field a person may not read must not answer questions either: filtering or sorting on it
 * (`where`, `sort`, also through a relation) is refused or has no effect on what comes back.
 */
describe('security probes: hidden fields guessed through where and sort', () => {
  let world: World
  const notes = ['bravo', 'alpha', 'charlie']
  const published: Id[] = []

  beforeAll(async () => {
    world = await buildWorld()
    // Published speakers whose internal review notes sort differently from their creation order.
    for (const [i, note] of notes.entries()) {
      const speaker = await world.ctx.payload.create({
        collection: 'speakers',
        data: { _status: 'published', name: `Ordered ${i}`, reviewNote: note },
      })
      published.push(speaker.id)
    }
  })

  afterAll(async () => {
    await world.ctx.close()
  })

  /** The ids a query answers, or the refusal status; never a different set or order. */
  const answer = async (query: string, token?: string): Promise<number | string[]> => {
    const response = await world.api.get(`/speakers?limit=100&sort=createdAt&${query}`, { token })
    if (response.status !== 200) return response.status
    const { docs } = (await response.json()) as { docs: { id: Id }[] }
    return docs.map(({ id }) => String(id))
  }

  const baseline = async (token?: string) => answer('', token)

  it.each([
    ['where[reviewNote][equals]=alpha'],
    [`where[reviewNote][like]=${SECRET.slice(0, 6)}`],
    ['where[reviewNote][exists]=true'],
    ['where[reviewState][equals]=approved'],
    ['where[reviewSubmittedBy][exists]=true'],
    ['where[reviewSubmittedBy.email][like]=editor'],
    ['where[interviews.reviewNote][like]=TOP'],
    ['where[or][0][reviewNote][equals]=alpha&where[or][1][name][equals]=nobody'],
  ])('should not let anonymous visitors filter on %s', async (query) => {
    const result = await answer(query)
    if (typeof result === 'number') expect(result).toBe(400)
    else expect(result).toEqual(await baseline())
  })

  it.each([['sort=reviewNote'], ['sort=-reviewNote'], ['sort=reviewState']])(
    'should not let anonymous visitors order by %s',
    async (query) => {
      const response = await world.api.get(`/speakers?limit=100&${query}`)
      if (response.status !== 200) return expect(response.status).toBe(400)
      const { docs } = (await response.json()) as { docs: { id: Id }[] }
      const ours = docs
        .map(({ id }) => String(id))
        .filter((id) => published.map(String).includes(id))
      // Ordered by the notes this would be alpha, bravo, charlie = published[1], [0], [2].
      expect(ours).not.toEqual([published[1], published[0], published[2]].map(String))
      expect(ours).not.toEqual([published[2], published[0], published[1]].map(String))
    },
  )

  it('should still let the content team filter on review fields (the probes above can fail)', async () => {
    const result = await answer('where[reviewNote][equals]=alpha', world.users.editor.token)
    expect(result).toEqual([String(published[1])])
  })

  it.each([
    ['where[email][like]=mei'],
    [`where[internalNotes.note][like]=${SECRET.slice(0, 6)}`],
    ['where[statusHistory.to][exists]=true'],
    ['sort=email'],
  ])('should refuse booking-request questions (%s) from anyone but staff', async (query) => {
    for (const token of [undefined, world.users.editor.token, world.users.reviewer.token]) {
      const list = await world.api.get(`/booking-requests?${query}`, { token })
      expect(list.status).toBe(403)
      const count = await world.api.get(`/booking-requests/count?${query}`, { token })
      expect(count.status).toBe(403)
    }
  })

  it('should not let anonymous GraphQL filter or sort on review fields', async () => {
    const plain = await world.api.graphql(
      '{ Speakers(limit: 100, sort: "createdAt") { docs { id } } }',
    )
    const filtered = await world.api.graphql(
      '{ Speakers(limit: 100, sort: "createdAt", where: { reviewNote: { equals: "alpha" } }) { docs { id } } }',
    )
    if (filtered.errors) expect(filtered.data?.Speakers ?? null).toBeNull()
    else expect(filtered.data?.Speakers.docs).toEqual(plain.data?.Speakers.docs)
    const bookings = await world.api.graphql(
      '{ BookingRequests(where: { email: { like: "mei" } }) { totalDocs } }',
    )
    expect(bookings.data?.BookingRequests ?? null).toBeNull()
  })
})
