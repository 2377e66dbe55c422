import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../../helpers/users'

/**
 * `createdAt` and `updatedAt` as a client sends them: Payload stored `"not-a-date"` as it came
 * (SQLite keeps text), and every list holding the document answered 500 from then on
 * (src/security/validateTimestamps.ts).
 */
describe('timestamps a client sends', () => {
  let ctx: TestContext
  let api: ApiClient
  let admin: SignedInUser
  let editor: SignedInUser

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
    editor = await signInAs(ctx.payload, 'editor')
  })

  afterAll(async () => {
    await ctx.close()
  })

  const expectRefused = async (response: Response, field: string) => {
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(`"path":"${field}"`)
  }

  it('should refuse a topic with a createdAt that is no date, store nothing, and keep the public list answering', async () => {
    const before = (await ctx.payload.count({ collection: 'topics' })).totalDocs
    for (const field of ['createdAt', 'updatedAt']) {
      await expectRefused(
        await api.post('/topics', {
          body: { [field]: 'not-a-date', name: `Corrupt ${field}` },
          token: editor.token,
        }),
        field,
      )
    }
    expect((await ctx.payload.count({ collection: 'topics' })).totalDocs).toBe(before)
    expect((await api.get('/topics')).status).toBe(200)
    const graphql = await api.graphql('{ Topics { docs { name createdAt } } }')
    expect(graphql.errors).toBeUndefined()
    expect(graphql.data?.Topics.docs.length).toBe(before)
  })

  it('should refuse it on one’s own account and on a speaker’s draft, the lists still answering', async () => {
    await expectRefused(
      await api.patch(`/users/${editor.user.id}`, {
        body: { createdAt: 'x' },
        token: editor.token,
      }),
      'createdAt',
    )
    expect((await api.get('/users', { token: admin.token })).status).toBe(200)
    const speaker = await ctx.payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Timestamped Speaker' } as never,
    })
    await expectRefused(
      await api.patch(`/speakers/${speaker.id}?draft=true`, {
        body: { createdAt: 'x' },
        token: editor.token,
      }),
      'createdAt',
    )
    expect((await api.get('/speakers?draft=true', { token: editor.token })).status).toBe(200)
    expect(
      (await api.get(`/speakers/${speaker.id}?draft=true`, { token: editor.token })).status,
    ).toBe(200)
  })

  it('should refuse it on Payload’s own collections an editor may write, the admin’s lock list still answering', async () => {
    const topic = await ctx.payload.create({ collection: 'topics', data: { name: 'Locked topic' } })
    const lock = (extra: Record<string, unknown>) =>
      api.post('/payload-locked-documents', {
        body: {
          document: { relationTo: 'topics', value: topic.id },
          globalSlug: null,
          user: { relationTo: 'users', value: editor.user.id },
          ...extra,
        },
        token: editor.token,
      })
    await expectRefused(await lock({ createdAt: 'not-a-date' }), 'createdAt')
    await expectRefused(
      await api.post('/payload-preferences', {
        body: { key: 'k', updatedAt: 'x', value: {} },
        token: editor.token,
      }),
      'updatedAt',
    )
    expect((await lock({})).status).toBe(201)
    expect((await api.get('/payload-locked-documents', { token: admin.token })).status).toBe(200)
    expect((await api.get('/payload-preferences', { token: editor.token })).status).toBe(200)
  })
})
