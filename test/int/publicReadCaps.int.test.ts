import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { capPublicReads } from '../../hooks/queries/capPublicReads'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { signInAs } from '../helpers/users'

const MAX_LIMIT = 3
/** Every level asked for, each populated topic carrying its parent (topics populate name and slug). */
const DEEP = 'depth=10&populate[topics][name]=true&populate[topics][parent]=true'

/** How many levels of `parent` came back as documents rather than ids. */
const populatedLevels = (topic: { parent?: unknown }): number => {
  let levels = 0
  let current: unknown = topic.parent
  while (current && typeof current === 'object') {
    levels++
    current = (current as { parent?: unknown }).parent
  }
  return levels
}

describe('Anonymous REST reads', () => {
  let ctx: TestContext
  let api: ApiClient
  let editorToken: string
  let deepestTopic: number | string

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: { api: { publicMaxLimit: MAX_LIMIT } } })
    api = createApiClient(ctx.config)
    let parent: number | string | undefined
    for (let level = 0; level < 7; level++) {
      const topic = await ctx.payload.create({
        collection: 'topics',
        // Ids are numbers on SQL and strings on MongoDB.
        data: { name: `Level ${level}`, parent: parent as number | undefined },
      })
      parent = topic.id
    }
    deepestTopic = parent as number | string
    editorToken = (await signInAs(ctx.payload, 'editor')).token
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should refuse a limit over the cap with 400', async () => {
    const response = await api.get('/topics?limit=100000&depth=0')
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/limit: at most 3/)
    expect((await api.get(`/topics?limit=${MAX_LIMIT}&depth=0`)).status).toBe(200)
  })

  it('should give "all" (limit=0, pagination=false) at most the cap', async () => {
    for (const query of ['limit=0', 'pagination=false']) {
      const response = await api.get(`/topics?${query}&depth=0`)
      expect(response.status).toBe(200)
      expect((await response.json()).docs).toHaveLength(MAX_LIMIT)
    }
    // A page that says its limit keeps it.
    const page = await (await api.get('/topics?pagination=false&limit=2&depth=0')).json()
    expect(page.docs).toHaveLength(2)
  })

  it('should give GraphQL’s "all" (pagination: false, limit: 0, a join’s limit: 0) at most the cap, as its price assumes', async () => {
    for (const args of ['pagination: false', 'limit: 0']) {
      const { data, errors } = await api.graphql(`{ Topics(${args}) { docs { id } } }`)
      expect(errors).toBeUndefined()
      expect(data?.Topics.docs).toHaveLength(MAX_LIMIT)
    }
    const { data: stated } = await api.graphql(
      '{ Topics(pagination: false, limit: 2) { docs { id } } }',
    )
    expect(stated?.Topics.docs).toHaveLength(2)
    for (let i = 0; i < MAX_LIMIT + 2; i++) {
      await ctx.payload.create({
        collection: 'speakers',
        data: {
          _status: 'published',
          name: `Joined Speaker ${i}`,
          topics: [deepestTopic],
        } as never,
      })
    }
    const joined = `{ Topic(id: ${JSON.stringify(deepestTopic)}) { speakers(limit: 0) { docs { id } } } }`
    const { data, errors } = await api.graphql(joined)
    expect(errors).toBeUndefined()
    expect(data?.Topic.speakers.docs).toHaveLength(MAX_LIMIT)
    // Signed-in readers are left to Payload, as over REST.
    const { data: all } = await api.graphql(joined, { token: editorToken })
    expect(all?.Topic.speakers.docs).toHaveLength(MAX_LIMIT + 2)
  })

  it('should leave our own code’s reads (access control skipped) whole during an anonymous request', () => {
    const cap = capPublicReads({ maxDepth: 3, maxLimit: MAX_LIMIT })
    for (const payloadAPI of ['REST', 'GraphQL'] as const) {
      const run = (args: Record<string, unknown>) =>
        cap({ args, operation: 'read', req: { payloadAPI } } as never) as Record<string, unknown>
      // A job run over REST without a user, a hook reading every entry: untouched.
      expect(run({ overrideAccess: true, pagination: false })).toEqual({
        overrideAccess: true,
        pagination: false,
      })
      // The request's own read, with access control: capped.
      expect(run({ pagination: false }).limit).toBe(MAX_LIMIT)
    }
  })

  it('should populate at most 3 levels deep, whatever depth is asked', async () => {
    const response = await api.get(`/topics/${deepestTopic}?${DEEP}`)
    expect(response.status).toBe(200)
    expect(populatedLevels(await response.json())).toBe(3)
    const list = await (await api.get(`/topics?where[id][equals]=${deepestTopic}&${DEEP}`)).json()
    expect(populatedLevels(list.docs[0])).toBe(3)
  })

  it('should leave signed-in readers to Payload (the admin reads whole collections)', async () => {
    const all = await api.get('/topics?limit=0&depth=0', { token: editorToken })
    expect((await all.json()).docs).toHaveLength(7)
    const deep = await api.get(`/topics/${deepestTopic}?${DEEP}`, { token: editorToken })
    expect(populatedLevels(await deep.json())).toBe(6)
  })
})
