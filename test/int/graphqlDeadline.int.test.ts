import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type ReadSpy, spyOnReads } from '../helpers/readSpy'

const DEADLINE_MS = 1_000

/** A topic index with each topic's speakers: one read for the topics, then one per topic. */
const TOPICS_WITH_SPEAKERS =
  '{ Topics(limit: 10) { docs { name speakers(limit: 5) { docs { name } } } } }'

describe('GraphQL deadline', () => {
  const spy: ReadSpy = { delayMs: 0, reads: 0 }
  let ctx: TestContext
  let api: ApiClient

  const post = (query: string) =>
    api.graphqlRaw(JSON.stringify({ query }), { headers: { 'content-type': 'application/json' } })

  beforeAll(async () => {
    ctx = await bootPayload({
      adapterFor: (database) => spyOnReads(database.adapter, spy),
      pluginOptions: { api: { graphQLDeadlineMs: DEADLINE_MS } },
    })
    api = createApiClient(ctx.config)
    for (const name of ['Search', 'Social media', 'Mobile', 'Games'])
      await ctx.payload.create({ collection: 'topics', data: { name } })
    // The first request builds Payload's GraphQL schema.
    await post('{ __typename }')
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should answer in time when the database is quick', async () => {
    spy.reads = 0
    const response = await post(TOPICS_WITH_SPEAKERS)
    expect(response.status).toBe(200)
    expect((await response.json()).data.Topics.docs).toHaveLength(4)
    // The topics, then each topic's speakers.
    expect(spy.reads).toBeGreaterThanOrEqual(5)
  })

  it('should cut a request off at its deadline with a clear error, and start no further reads', async () => {
    spy.reads = 0
    spy.delayMs = DEADLINE_MS * 1.5
    try {
      const response = await post(TOPICS_WITH_SPEAKERS)
      expect(response.status).toBe(503)
      const { errors } = await response.json()
      expect(errors[0].extensions.code).toBe('DEADLINE_EXCEEDED')
      expect(errors[0].message).toMatch(/longer than 1 s and was stopped/)
      // Let the slow read in progress finish, and whatever would follow it start.
      await new Promise((resolve) => setTimeout(resolve, DEADLINE_MS * 2))
      // The topics' read (and its count) only: no topic's speakers were read after the deadline.
      expect(spy.reads).toBeLessThanOrEqual(2)
    } finally {
      spy.delayMs = 0
    }
  })
})
