import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { SanitizedConfig } from 'payload'

import { HTTP_CACHING_KEY, withHttpCaching } from '../../src/http/withHttpCaching'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'

const PUBLIC = 'public, max-age=60, stale-while-revalidate=600'
const PRIVATE = 'private, no-store'

describe('HTTP caching of the REST API', () => {
  let ctx: TestContext
  let api: ApiClient
  let editor: SignedInUser
  let staff: SignedInUser
  let slug: string

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    editor = await signInAs(ctx.payload, 'editor')
    staff = await signInAs(ctx.payload, 'staff')
    const speaker = await ctx.payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Cached Speaker' },
    })
    slug = String(speaker.slug)
  })

  afterAll(async () => {
    await ctx.close()
  })

  it.each([['/speakers'], ['/interviews?limit=5'], ['/topics'], ['/media']])(
    'should let anyone cache an anonymous read of %s, with an ETag',
    async (path) => {
      const response = await api.get(path)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe(PUBLIC)
      expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)
      expect(response.headers.get('vary')).toMatch(/Authorization/)
    },
  )

  it('should answer 304 with no body to a matching If-None-Match, and 200 once the content changed', async () => {
    const first = await api.get(`/speakers/by-slug/${slug}`)
    const etag = first.headers.get('etag')!
    expect(first.headers.get('cache-control')).toBe(PUBLIC)
    const again = await api.get(`/speakers/by-slug/${slug}`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(etag)
    const weak = await api.get(`/speakers/by-slug/${slug}`, {
      headers: { 'if-none-match': `"other", W/${etag}` },
    })
    expect(weak.status).toBe(304)

    const list = await api.get('/speakers')
    const listTag = list.headers.get('etag')!
    await ctx.payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Newly Published' },
    })
    const changed = await api.get('/speakers', { headers: { 'if-none-match': listTag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(listTag)
    expect(JSON.stringify(await changed.json())).toContain('Newly Published')
  })

  it('should never let shared caches keep what a signed-in person sees', async () => {
    for (const headers of [
      { authorization: `JWT ${editor.token}` },
      { cookie: `payload-token=${editor.token}`, origin: 'http://localhost:3000' },
    ] as Record<string, string>[]) {
      const response = await api.get('/speakers', { headers })
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe(PRIVATE)
      expect(response.headers.get('etag')).toBeNull()
    }
  })

  it('should never cache drafts, versions, users or booking requests', async () => {
    const cases = [
      ['/speakers?draft=true', undefined],
      ['/speakers/versions', editor.token],
      ['/users/me', undefined],
      ['/booking-requests', staff.token],
      ['/booking-requests', undefined],
    ] as const
    for (const [path, token] of cases) {
      const response = await api.get(path, { token })
      expect({ path, cacheControl: response.headers.get('cache-control') }).toEqual({
        cacheControl: PRIVATE,
        path,
      })
      expect(response.headers.get('etag')).toBeNull()
    }
  })

  it('should not cache the answer to a booking request', async () => {
    const response = await api.post('/booking-requests', {
      body: {
        consent: true,
        contactName: 'Mei',
        email: 'mei@events.test',
        eventDate: '2031-01-01',
        eventLocation: 'Beijing',
        eventName: 'Cache check',
      },
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('cache-control')).toBe(PRIVATE)
    expect(response.headers.get('etag')).toBeNull()
  })
})

describe('HTTP caching without the plugin', () => {
  it("should leave a config the plugin is not in to answer as Payload does (the bench's bare server)", async () => {
    const payloadAnswer = () => Response.json({ docs: [] })
    const context = { params: Promise.resolve({ slug: ['speakers'] }) }
    const request = new Request('http://localhost:3000/api/speakers')
    const bare = withHttpCaching(async () => payloadAnswer(), {
      custom: {},
      routes: { api: '/api' },
    } as SanitizedConfig)
    const answer = await bare(request, context)
    expect(answer.headers.get('etag')).toBeNull()
    expect(answer.headers.get('cache-control')).toBeNull()
    const withPlugin = withHttpCaching(async () => payloadAnswer(), {
      custom: { [HTTP_CACHING_KEY]: true },
      routes: { api: '/api' },
    } as unknown as SanitizedConfig)
    expect((await withPlugin(request, context)).headers.get('etag')).toMatch(/^"/)
  })
})
