import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'

import { type ApiClient, createApiClient } from './../helpers/apiClient'
import { bootPayload, type TestContext } from './../helpers/bootPayload'
import { signInAs } from './../helpers/users'
import { validBooking } from './security/world'
import { countingStream } from '../helpers/countingStream'

const MB = 1024 * 1024
const DEEP = `${'['.repeat(5000)}${']'.repeat(5000)}`

const streamOf = (text: string) =>
  new ReadableStream<Uint8Array>({
    start: (controller) => {
      controller.enqueue(new TextEncoder().encode(text))
      controller.close()
    },
  })

/**
 * Bodies to `/api` through the real route handlers (and their wrapper): over the cap is a 413 as
 * soon as the cap is passed, chunked or not; JSON nested past 100 levels is a 400 before Payload
 * parses it (a 5,000-deep array overflowed the stack: 500); nothing is stored.
 */
describe('request body limits', () => {
  let ctx: TestContext
  let api: ApiClient
  let editorToken: string

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: { media: { maxUploadBytes: 64 * 1024 } } })
    api = createApiClient(ctx.config)
    editorToken = (await signInAs(ctx.payload, 'editor')).token
  })

  afterAll(async () => {
    await ctx.close()
  })

  const count = async (collection: 'booking-requests' | 'media' | 'speakers') =>
    (await ctx.payload.count({ collection })).totalDocs

  it('should answer 413 for a JSON body over 1 MB, storing nothing', async () => {
    const before = await count('speakers')
    const response = await api.post('/speakers', {
      body: { bio: 'x'.repeat(MB), name: 'Too Long' },
      token: editorToken,
    })
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(/1,024 KB/)
    expect(await count('speakers')).toBe(before)
  })

  it('should stop reading a chunked body without Content-Length once past the cap', async () => {
    const { state, stream } = countingStream(1024) // 64 MB
    const response = await api.post('/speakers', { body: stream, token: editorToken })
    expect(response.status).toBe(413)
    // Over a real socket: what the server read (1 MB and a chunk) plus what the sockets' buffers
    // took in before it closed the connection, never the whole body.
    expect(state.pulled).toBeLessThan(16 * MB)
  })

  it('should answer 413 in Chinese for a Chinese reader', async () => {
    const { stream } = countingStream(32)
    const response = await api.post('/booking-requests', {
      body: stream,
      headers: { 'content-type': 'application/json', cookie: 'payload-lng=zh' },
    })
    expect(response.status).toBe(413)
    expect((await response.json()).errors[0].message).toMatch(/请求内容超过/)
  })

  it('should hand a chunked body under the cap to Payload whole', async () => {
    const response = await api.post('/speakers', {
      body: streamOf(JSON.stringify({ name: 'Streamed Speaker' })),
      token: editorToken,
    })
    expect(response.status).toBe(201)
    expect((await response.json()).doc.name).toBe('Streamed Speaker')
  })

  it.each([
    ['/speakers', `{"name":${DEEP}}`, true],
    ['/speakers', DEEP, true],
    ['/booking-requests', JSON.stringify(validBooking()).replace(/}$/, `,"notes":${DEEP}}`), false],
  ])(
    'should answer 400 for JSON nested 5,000 deep (POST %s), storing nothing',
    async (path, body, asEditor) => {
      const collection = path.slice(1) as 'booking-requests' | 'speakers'
      const before = await count(collection)
      const response = await api.post(path, { body, token: asEditor ? editorToken : undefined })
      expect(response.status).toBe(400)
      expect((await response.json()).errors[0].message).toMatch(/100 levels/)
      expect(await count(collection)).toBe(before)
    },
  )

  it('should refuse deep JSON sent chunked, too', async () => {
    const response = await api.post('/booking-requests', { body: streamOf(`{"a":${DEEP}}`) })
    expect(response.status).toBe(400)
  })

  it('should answer 400 for deep GraphQL variables', async () => {
    const response = await api.graphqlRaw(
      `{"query":"mutation ($name: String!) { createSpeaker(data: { name: $name }) { id } }","variables":{"name":${DEEP}}}`,
      { token: editorToken },
    )
    expect(response.status).toBe(400)
  })

  it('should answer 400 for a deep ?where= and a ?where= that is not JSON', async () => {
    // 200 levels: past the limit, within what a server takes as a URL (16 KB of headers).
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`
    for (const where of [encodeURIComponent(`{"and":${deep}}`), 'abc']) {
      const response = await api.get(`/speakers?where=${where}`)
      expect(response.status).toBe(400)
    }
  })

  it('should answer 400 for an upload whose _payload is deep or not JSON, storing nothing', async () => {
    const before = await count('media')
    for (const fields of [`{"alt":${DEEP}}`, '{"alt":']) {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(16)], { type: 'image/png' }), 'x.png')
      form.append('_payload', fields)
      const response = await api.post('/media', { body: form, token: editorToken })
      expect(response.status).toBe(400)
    }
    expect(await count('media')).toBe(before)
  })

  it('should answer 413 for a file over maxUploadBytes, and for a multipart body over the cap', async () => {
    const before = await count('media')
    for (const size of [100 * 1024, 2 * MB]) {
      const form = new FormData()
      form.append(
        'file',
        new Blob([new Uint8Array(crypto.randomBytes(size))], { type: 'image/png' }),
        'big.png',
      )
      form.append('_payload', JSON.stringify({ alt: 'Too big' }))
      const response = await api.post('/media', { body: form, token: editorToken })
      expect({ size, status: response.status }).toEqual({ size, status: 413 })
    }
    expect(await count('media')).toBe(before)
  })
})
