import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { countingStream } from '../../helpers/countingStream'
import { type ApiServer, apiServerOf } from '../../helpers/apiServer'
import { publishSpeakers } from '../../helpers/proposals'
import { signInAs } from '../../helpers/users'

const ORIGIN = 'http://localhost:3000'

/**
 * The API straight from Express (src/server/api/serveApi.ts) over a real socket: how it routes
 * spellings and methods, and what it keeps of Payload's answers (HEAD, cookies, method override,
 * proposal pages). The rest of the suite runs every other API test on this road too.
 */
describe("the API's Express road", () => {
  let ctx: TestContext
  let server: ApiServer
  let slug: string

  const send = (path: string, init: RequestInit = {}) =>
    server.send(new Request(`${ORIGIN}${path}`, init))

  beforeAll(async () => {
    ctx = await bootPayload()
    server = await apiServerOf(ctx.payload)
    ;[{ slug }] = await publishSpeakers(ctx.payload, ['Road Runner'])
  })

  afterAll(async () => {
    await ctx?.close()
  })

  it('should answer a percent-encoded spelling as the plain one, cached as public content', async () => {
    const plain = await send('/api/speakers?limit=5&depth=0')
    const encoded = await send('/api/%73peakers?limit=5&depth=0')
    expect(encoded.status).toBe(200)
    expect(await encoded.json()).toEqual(await plain.json())
    // The handlers see the one spelling: the caching policy knows the collection for what it is.
    expect(encoded.headers.get('cache-control')).toBe(plain.headers.get('cache-control'))
    expect(encoded.headers.get('cache-control')).toMatch(/^public/)
    expect(encoded.headers.get('etag')).toBe(plain.headers.get('etag'))
  })

  it('should leave paths whose static segments are spelled otherwise to Next.js, as its routes do', async () => {
    for (const path of ['/API/speakers', '/%61pi/speakers', '/api', '/p/x/y']) {
      const answer = await send(path)
      expect({ path, status: answer.status }).toEqual({ path, status: 404 })
      expect(await answer.text()).toContain('Not the API')
    }
  })

  it('should take `/api/%67raphql` for a REST path, not GraphQL, as the route files do', async () => {
    const answer = await send('/api/%67raphql', {
      body: JSON.stringify({ query: '{ Speakers { docs { slug } } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(answer.status).toBe(404)
    expect(await answer.json()).not.toHaveProperty('data')
  })

  it('should refuse a malformed percent-encoding with 400, in the client language', async () => {
    const answer = await send('/api/speakers/%E0%A4%A', { headers: { 'accept-language': 'zh-CN' } })
    expect(answer.status).toBe(400)
    expect((await answer.json()).errors[0].message).toContain('百分号编码')
  })

  it('should answer HEAD as GET without a body, and a method the route has not with 405', async () => {
    const get = await send(`/api/speakers/by-slug/${slug}`)
    const head = await send(`/api/speakers/by-slug/${slug}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(get.headers.get('etag'))
    expect(await head.text()).toBe('')

    const graphqlGet = await send('/api/graphql')
    expect(graphqlGet.status).toBe(405)
    expect(graphqlGet.headers.get('allow')).toBe('OPTIONS, POST')
    expect((await graphqlGet.json()).errors[0].message).toMatch(/^GET is not allowed here/)
  })

  it("should keep Payload's method override: a POST read as a GET", async () => {
    const answer = await send('/api/speakers', {
      body: 'limit=1&depth=0&where[slug][equals]=' + slug,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
      method: 'POST',
    })
    expect(answer.status).toBe(200)
    const { docs } = await answer.json()
    expect(docs.map((doc: { slug: string }) => doc.slug)).toEqual([slug])
  })

  it('should let a client still sending an over-cap chunked body read its 413, every time', async () => {
    // fetch (undici) keeps writing the body while the answer comes back; the server must not reset
    // the connection under it (it did, about once in 400, when the refused body's socket was
    // destroyed: `fetch failed … EPIPE`). 40 tries, each a 64 MB body against the 1 MB JSON cap.
    const outcomes: string[] = []
    let mostPulled = 0
    for (let attempt = 0; attempt < 40; attempt++) {
      const { state, stream: body } = countingStream(1024) // 64 MB
      const outcome = await fetch(`${server.url}/api/%73peakers`, {
        body,
        duplex: 'half',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${attempt}` },
        method: 'POST',
      } as RequestInit).then(
        async (answer) => `${answer.status} ${(await answer.json()).errors?.[0]?.message ?? ''}`,
        (err: Error & { cause?: Error }) => String(err.cause ?? err),
      )
      outcomes.push(outcome)
      mostPulled = Math.max(mostPulled, state.pulled)
    }
    expect(outcomes.filter((outcome) => !outcome.startsWith('413 '))).toEqual([])
    // What the server read (1 MB and a chunk) plus what the sockets' buffers took in while the
    // client read its answer (up to ~9 MB on loopback), never the whole body.
    expect(mostPulled).toBeLessThan(16 * 1024 * 1024)
  })

  it('should let a client sending a body its Content-Length says is over the cap read its 413', async () => {
    // Refused from the headers (src/server/refuseOversizedBodies.ts), the body never read: the
    // connection lingers until the client hangs up, so its answer is not lost to a reset.
    const body = 'x'.repeat(6 * 1024 * 1024)
    const outcomes: string[] = []
    for (let attempt = 0; attempt < 20; attempt++)
      outcomes.push(
        await fetch(`${server.url}/anything`, {
          body,
          headers: { 'content-type': 'text/plain', 'x-forwarded-for': `198.51.101.${attempt}` },
          method: 'POST',
        }).then(
          (answer) => String(answer.status),
          (err: Error & { cause?: Error }) => String(err.cause ?? err),
        ),
      )
    expect(outcomes.filter((outcome) => outcome !== '413')).toEqual([])
  })

  it('should pass the sign-in cookie and read it back on the next request', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    const login = await send('/api/users/login', {
      body: JSON.stringify({ email: user.email, password: 'test-password-1234' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().find((each) => each.startsWith('payload-token='))
    expect(cookie).toBeDefined()
    // A cookie counts from an allowed origin (Payload's CSRF check).
    const me = await send('/api/users/me', {
      headers: { cookie: cookie!.split(';')[0], origin: ORIGIN },
    })
    expect((await me.json()).user?.email).toBe(user.email)
  })

  it("should serve a client's proposal page (here: none by that token, 404 in HTML)", async () => {
    const answer = await send('/p/no-such-token-000000000000000000000000000000')
    expect(answer.status).toBe(404)
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
  })
})
