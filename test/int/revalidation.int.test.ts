import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { decideRevalidation } from '../../src/revalidation/decideRevalidation'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { drainQueue } from '../helpers/drainQueue'
import { type SignedInUser, signInAs } from '../helpers/users'
import { startWebhookSink, type WebhookSink } from '../helpers/webhookSink'

type Hook = {
  collection: string
  event: string
  id: string
  previousSlug: null | string
  slug: null | string
}

describe('decideRevalidation', () => {
  const live = (slug: string) => ({ live: true, slug })
  const hidden = (slug: string) => ({ live: false, slug })
  it.each([
    [undefined, live('a'), { event: 'publish', previousSlug: null, slug: 'a' }],
    [hidden('a'), live('a'), { event: 'publish', previousSlug: null, slug: 'a' }],
    [live('a'), hidden('a'), { event: 'unpublish', previousSlug: null, slug: 'a' }],
    [live('a'), undefined, { event: 'unpublish', previousSlug: null, slug: 'a' }],
    [live('a'), live('b'), { event: 'slug-change', previousSlug: 'a', slug: 'b' }],
    [live('a'), live('a'), { event: 'update', previousSlug: null, slug: 'a' }],
    [hidden('a'), hidden('b'), null],
    [undefined, hidden('a'), null],
  ])('%j → %j gives %j', (before, after, expected) => {
    expect(decideRevalidation(before, after)).toEqual(expected)
  })
})

describe('revalidation webhook (REVALIDATE_WEBHOOK_URL)', () => {
  let ctx: TestContext
  let api: ApiClient
  let sink: WebhookSink
  let admin: SignedInUser
  let speakerId: number | string

  beforeAll(async () => {
    sink = await startWebhookSink()
    ctx = await bootPayload({
      pluginOptions: { notifications: { retryDelayMs: 20, revalidateWebhookUrl: sink.url } },
    })
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
    speakerId = (
      await ctx.payload.create({
        collection: 'speakers',
        data: { _status: 'published', name: 'Interviewed' },
      })
    ).id
  })

  afterAll(async () => {
    await ctx.close()
    await sink.close()
  })

  beforeEach(async () => {
    await drainQueue(ctx.payload)
    sink.received.length = 0
  })

  const hooks = async (): Promise<Hook[]> => {
    await drainQueue(ctx.payload)
    return sink.received as Hook[]
  }

  it('should tell the frontend of a publish, an edit, a slug change and an unpublish, over REST', async () => {
    const token = admin.token
    const created = await api.post('/speakers', { body: { name: 'Webhook Speaker' }, token })
    const { id, slug } = (await created.json()).doc
    expect(await hooks()).toEqual([]) // a draft: nothing public yet

    await api.patch(`/speakers/${id}`, { body: { _status: 'published' }, token })
    expect(await hooks()).toEqual([
      { collection: 'speakers', event: 'publish', id: String(id), previousSlug: null, slug },
    ])
    sink.received.length = 0

    await api.patch(`/speakers/${id}`, { body: { jobTitle: 'Director' }, token })
    expect((await hooks()).map(({ event }) => event)).toEqual(['update'])
    sink.received.length = 0

    await api.patch(`/speakers/${id}?draft=true`, { body: { jobTitle: 'Draft title' }, token })
    expect(await hooks()).toEqual([]) // a draft of a live document changes nothing public

    await api.patch(`/speakers/${id}`, {
      body: { _status: 'published', slug: 'webhook-speaker-renamed' },
      token,
    })
    expect(await hooks()).toEqual([
      {
        collection: 'speakers',
        event: 'slug-change',
        id: String(id),
        previousSlug: slug,
        slug: 'webhook-speaker-renamed',
      },
    ])
    sink.received.length = 0

    await api.patch(`/speakers/${id}`, { body: { _status: 'draft' }, token })
    expect((await hooks()).map(({ event, slug: s }) => [event, s])).toEqual([
      ['unpublish', 'webhook-speaker-renamed'],
    ])
  })

  it('should tell the frontend when a live interview is deleted', async () => {
    const interview = await ctx.payload.create({
      collection: 'interviews',
      data: { _status: 'published', speakers: [speakerId as number], title: 'Short-lived' },
    })
    expect((await hooks()).map(({ event }) => event)).toEqual(['publish'])
    sink.received.length = 0
    await ctx.payload.delete({ collection: 'interviews', id: interview.id })
    expect((await hooks()).map(({ event, slug }) => [event, slug])).toEqual([
      ['unpublish', interview.slug],
    ])
  })

  it('should treat topics, which have no drafts, as live from their first save', async () => {
    const topic = await ctx.payload.create({ collection: 'topics', data: { name: 'Web hooks' } })
    await ctx.payload.update({ collection: 'topics', data: { slug: 'web-hooks-2' }, id: topic.id })
    expect(
      (await hooks()).map(({ event, previousSlug, slug }) => [event, previousSlug, slug]),
    ).toEqual([
      ['publish', null, 'web-hooks'],
      ['slug-change', 'web-hooks', 'web-hooks-2'],
    ])
  })

  it('should retry a failing frontend until it answers, and deliver once', async () => {
    sink.respondWith = [500, 503]
    await ctx.payload.create({ collection: 'topics', data: { name: 'Flaky frontend' } })
    const received = await hooks()
    expect(received).toHaveLength(3) // two failures, then the delivery
    expect(new Set(received.map((hook) => JSON.stringify(hook))).size).toBe(1)
    const pending = await ctx.payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'revalidateFrontend' } },
    })
    expect(pending.totalDocs).toBe(0) // completed jobs are removed from the queue
  })

  it('should queue nothing for a draft that is never published', async () => {
    const revalidations = async () =>
      (
        await ctx.payload.count({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'revalidateFrontend' } },
        })
      ).totalDocs
    const before = await revalidations()
    await ctx.payload.create({
      collection: 'interviews',
      data: { speakers: [speakerId as number], title: 'Never published' },
    })
    expect(await revalidations()).toBe(before)
    expect(await hooks()).toEqual([])
  })
})
