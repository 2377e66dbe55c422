import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { allowedOrigins } from '../../src/security/allowedOrigins'
import { CLIENT_IP_HEADER } from '../../src/vocabulary/clientIpHeader'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { signInAs } from '../helpers/users'

const PASSWORD = 'test-password-1234'
const OWN_ORIGIN = 'http://localhost:3000'
const FOREIGN_ORIGIN = 'https://evil.example'

/** Signs in over REST and returns the session cookie the admin would hold. */
const cookieFor = async (api: ApiClient, email: string): Promise<string> => {
  const response = await api.post('/users/login', { body: { email, password: PASSWORD } })
  expect(response.status).toBe(200)
  const setCookie = response.headers.get('set-cookie') ?? ''
  const token = /payload-token=([^;]+)/.exec(setCookie)?.[1]
  if (!token) throw new Error(`no session cookie in "${setCookie}"`)
  return `payload-token=${token}`
}

describe('allowed origins', () => {
  it('should trust the public URL and the listed frontends, nothing else', () => {
    expect(
      allowedOrigins({
        CORS_ORIGINS: 'https://www.bureau.example, https://app.bureau.example/path',
        PUBLIC_SERVER_URL: 'https://cms.bureau.example/',
      }),
    ).toEqual([
      'https://cms.bureau.example',
      'https://www.bureau.example',
      'https://app.bureau.example',
    ])
  })

  it("should trust only this machine's own address without a public URL", () => {
    expect(allowedOrigins({ PORT: '4000' })).toEqual([
      'http://localhost:4000',
      'http://127.0.0.1:4000',
    ])
  })

  it('should refuse a malformed origin with the variable named', () => {
    expect(() => allowedOrigins({ CORS_ORIGINS: 'javascript:alert(1)' })).toThrow(/CORS_ORIGINS/)
    expect(() => allowedOrigins({ PUBLIC_SERVER_URL: 'not a url' })).toThrow(/PUBLIC_SERVER_URL/)
  })
})

describe('auth hardening', () => {
  let ctx: TestContext
  let api: ApiClient

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: { auth: { loginRateLimit: 6, secureCookies: true } } })
    api = createApiClient(ctx.config)
  })

  afterAll(async () => {
    await ctx.close()
  })

  describe('csrf: a cookie from a foreign origin counts for nothing', () => {
    it('should refuse a cookie-authenticated write sent with a foreign Origin, and store nothing', async () => {
      const { user } = await signInAs(ctx.payload, 'editor')
      const cookie = await cookieFor(api, user.email)
      const response = await api.patch(`/users/${user.id}`, {
        body: { name: 'Renamed by evil' },
        headers: { cookie, origin: FOREIGN_ORIGIN },
      })
      expect(response.status).toBe(403)
      const stored = await ctx.payload.findByID({ collection: 'users', id: user.id })
      expect(stored.name).not.toBe('Renamed by evil')
    })

    it('should refuse a cookie without Origin from a cross-site or non-browser client', async () => {
      const { user } = await signInAs(ctx.payload, 'editor')
      const cookie = await cookieFor(api, user.email)
      for (const headers of [{ cookie }, { cookie, 'sec-fetch-site': 'cross-site' }] as Record<
        string,
        string
      >[]) {
        const response = await api.patch(`/users/${user.id}`, {
          body: { name: 'Renamed cross-site' },
          headers,
        })
        expect(response.status).toBe(403)
      }
      const stored = await ctx.payload.findByID({ collection: 'users', id: user.id })
      expect(stored.name).not.toBe('Renamed cross-site')
    })

    it('should accept the same cookie from the own origin', async () => {
      const { user } = await signInAs(ctx.payload, 'editor')
      const cookie = await cookieFor(api, user.email)
      const response = await api.patch(`/users/${user.id}`, {
        body: { name: 'Renamed at home' },
        headers: { cookie, origin: OWN_ORIGIN },
      })
      expect(response.status).toBe(200)
      const stored = await ctx.payload.findByID({ collection: 'users', id: user.id })
      expect(stored.name).toBe('Renamed at home')
    })

    it('should treat a foreign-origin cookie as anonymous on reads too', async () => {
      const { user } = await signInAs(ctx.payload, 'staff')
      const cookie = await cookieFor(api, user.email)
      const foreign = await api.get('/users/me', { headers: { cookie, origin: FOREIGN_ORIGIN } })
      expect((await foreign.json()).user).toBeNull()
      const own = await api.get('/users/me', { headers: { cookie, origin: OWN_ORIGIN } })
      expect((await own.json()).user?.email).toBe(user.email)
    })
  })

  describe('cors', () => {
    it('should answer CORS headers for the allowed origin only', async () => {
      const own = await api.get('/speakers', { headers: { origin: OWN_ORIGIN } })
      expect(own.headers.get('access-control-allow-origin')).toBe(OWN_ORIGIN)
      const foreign = await api.get('/speakers', { headers: { origin: FOREIGN_ORIGIN } })
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    })
  })

  describe('session cookie and token', () => {
    it('should set the session cookie HttpOnly, SameSite=Lax and Secure', async () => {
      const { user } = await signInAs(ctx.payload, 'editor')
      const response = await api.post('/users/login', {
        body: { email: user.email, password: PASSWORD },
      })
      const setCookie = response.headers.get('set-cookie') ?? ''
      expect(setCookie).toMatch(/HttpOnly/i)
      expect(setCookie).toMatch(/SameSite=Lax/i)
      expect(setCookie).toMatch(/Secure/i)
    })

    it('should issue tokens that expire within two hours', async () => {
      const { token } = await signInAs(ctx.payload, 'editor')
      const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())
      expect(claims.exp - claims.iat).toBe(2 * 60 * 60)
    })
  })

  describe('IP rate limit on sign-in', () => {
    it('should answer 429 after too many attempts from one address over REST, and not lock the account', async () => {
      const { user } = await signInAs(ctx.payload, 'staff')
      const ip = { [CLIENT_IP_HEADER]: '203.0.113.7' }
      const statuses: number[] = []
      for (let i = 0; i < 8; i++) {
        const response = await api.post('/users/login', {
          body: { email: user.email, password: i < 3 ? `wrong-${i}` : PASSWORD },
          headers: ip,
        })
        statuses.push(response.status)
      }
      // Successful sign-ins are not counted: three failures, five sign-ins, three more failures.
      expect(statuses).toEqual([401, 401, 401, 200, 200, 200, 200, 200])
      for (let i = 0; i < 3; i++) {
        const response = await api.post('/users/login', {
          body: { email: user.email, password: `wrong-again-${i}` },
          headers: ip,
        })
        expect(response.status).toBe(401)
      }
      const limited = await api.post('/users/login', {
        body: { email: user.email, password: PASSWORD },
        headers: ip,
      })
      expect(limited.status).toBe(429)
      expect(JSON.stringify(await limited.json())).toMatch(/Too many sign-in attempts/)
      // Another address still signs in: the limit is per address, the account is not locked.
      const elsewhere = await api.post('/users/login', {
        body: { email: user.email, password: PASSWORD },
        headers: { [CLIENT_IP_HEADER]: '198.51.100.20' },
      })
      expect(elsewhere.status).toBe(200)
    })

    it('should count GraphQL sign-ins and forgot-password against the same limit', async () => {
      const { user } = await signInAs(ctx.payload, 'staff')
      const ip = '203.0.113.8'
      const loginOverGraphQL = (password = PASSWORD) =>
        api.graphql(
          `mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }`,
          {
            headers: { [CLIENT_IP_HEADER]: ip },
            variables: { email: user.email, password },
          },
        )
      // Successful sign-ins do not count; failures and forgot-password do.
      for (let i = 0; i < 3; i++)
        expect((await loginOverGraphQL()).data?.loginUser?.token).toBeTruthy()
      for (let i = 0; i < 3; i++)
        expect((await loginOverGraphQL(`wrong-${i}`)).errors?.[0]?.extensions?.statusCode).toBe(401)
      for (let i = 0; i < 3; i++) {
        const response = await api.post('/users/forgot-password', {
          body: { email: user.email },
          headers: { [CLIENT_IP_HEADER]: ip },
        })
        expect(response.status).toBe(200)
      }
      const over = await loginOverGraphQL()
      expect(over.data?.loginUser ?? null).toBeNull()
      expect(over.errors?.[0]?.message).toMatch(/Too many sign-in attempts/)
      expect(over.errors?.[0]?.extensions?.statusCode).toBe(429)
    })
  })
})
