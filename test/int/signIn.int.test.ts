import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import { APIError, type Payload } from 'payload'

import { decideSignInDelay } from '../../src/auth/decideSignInDelay'
import { signInRules } from '../../src/auth/signInPolicy'
import { signInPolicyOf } from '../../src/auth/signInPolicyOf'
import { buildAppConfig } from '../../src/buildAppConfig'
import { closeDatabase } from '../../src/db/closeDatabase'
import { peekRateLimit } from '../../src/rateLimits/hitRateLimit'
import { resolvePluginOptions } from '../../src/resolvePluginOptions'
import { allowedOrigins } from '../../src/security/allowedOrigins'
import type { SpeakersBureauPluginConfig } from '../../src/types'
import { CLIENT_IP_HEADER } from '../../src/vocabulary/clientIpHeader'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, bootSecondInstance, type TestContext } from '../helpers/bootPayload'
import { signInAs } from '../helpers/users'

const PASSWORD = 'test-password-1234'
const DELAY_MAX_MS = 300

const pluginOptions: SpeakersBureauPluginConfig = {
  auth: {
    loginRateLimit: 20,
    signInDelayAfterFailures: 5,
    signInDelayBaseMs: 50,
    signInDelayMaxMs: DELAY_MAX_MS,
    signInFailuresPerAddress: 5,
  },
}
const rules = signInRules(signInPolicyOf(resolvePluginOptions(pluginOptions).auth))

let ctx: TestContext
/** REST through the config Payload was started with. */
let rest: ApiClient
/**
 * GraphQL through a second evaluation of the same config, as in production: Next.js bundles the
 * route handlers with their own copy of the config, and the GraphQL schema (hooks included) is
 * built from that copy, while REST runs the hooks of the Payload instance the server started.
 */
let graphql: ApiClient

let ipCounter = 0
/** A client address no other test has used. */
const freshIp = (): string => {
  ipCounter += 1
  return `192.0.2.${ipCounter}`
}
const unknownEmail = () => `nobody-${crypto.randomBytes(4).toString('hex')}@test.local`

const restLogin = async (
  email: string,
  password: string,
  ip: string,
  headers: Record<string, string> = {},
) => {
  const response = await rest.post('/users/login', {
    body: { email, password },
    headers: { [CLIENT_IP_HEADER]: ip, ...headers },
  })
  return { body: await response.json(), status: response.status }
}

const graphqlLogin = async (email: string, password: string, ip: string) => {
  const result = await graphql.graphql(
    `mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }`,
    { headers: { [CLIENT_IP_HEADER]: ip }, variables: { email, password } },
  )
  return {
    message: result.errors?.[0]?.message,
    status: result.errors?.[0]?.extensions?.statusCode ?? (result.data?.loginUser ? 200 : 0),
  }
}

/** A Local API sign-in as a request from `ip` would make it; the status it ends with. */
const localLogin = async (payload: Payload, email: string, password: string, ip?: string) => {
  try {
    await payload.login({
      collection: 'users',
      data: { email, password },
      req: ip ? { headers: new Headers({ [CLIENT_IP_HEADER]: ip }) } : undefined,
    })
    return 200
  } catch (error) {
    return error instanceof APIError ? error.status : 500
  }
}

const timed = async <T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now()
  const result = await run()
  return { ms: performance.now() - started, result }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

beforeAll(async () => {
  ctx = await bootPayload({ pluginOptions })
  rest = createApiClient(ctx.config)
  const bundledCopy = buildAppConfig({
    db: ctx.database.adapter,
    origins: allowedOrigins({ PUBLIC_SERVER_URL: 'http://localhost:3000' }),
    pluginOptions,
    secret: 'test-secret-not-for-production',
    serverURL: 'http://localhost:3000',
  })
  graphql = createApiClient(bundledCopy)
})

afterAll(async () => {
  await ctx.close()
})

describe('the progressive delay', () => {
  it('should wait nothing for the first failures, then double up to the cap', () => {
    const delays = [0, 4, 5, 6, 7, 8, 20, 5000].map((priorFailures) =>
      decideSignInDelay({ afterFailures: 5, baseMs: 250, maxMs: 8_000, priorFailures }),
    )
    expect(delays).toEqual([0, 0, 250, 500, 1_000, 2_000, 8_000, 8_000])
  })
})

describe('one counter per client address', () => {
  it('should count REST and GraphQL sign-ins together: 20 spread over both, the 21st refused on either', async () => {
    const ip = freshIp()
    const statuses: number[] = []
    for (let i = 0; i < 20; i++) {
      const attempt =
        i % 2
          ? graphqlLogin(unknownEmail(), 'wrong-password-1', ip)
          : restLogin(unknownEmail(), 'wrong-password-1', ip)
      statuses.push((await attempt).status)
    }
    expect(statuses).toEqual(Array(20).fill(401))
    expect((await restLogin(unknownEmail(), 'wrong-password-1', ip)).status).toBe(429)
    const overGraphQL = await graphqlLogin(unknownEmail(), 'wrong-password-1', ip)
    expect(overGraphQL.status).toBe(429)
    expect(overGraphQL.message).toMatch(/Too many sign-in attempts from this address/)
  })

  it('should not count successful sign-ins: an office signs in 24 times from one address, then 20 failures', async () => {
    const ip = freshIp()
    const office = []
    for (let i = 0; i < 3; i++) office.push((await signInAs(ctx.payload, 'editor')).user)
    for (let i = 0; i < 24; i++) {
      const person = office[i % office.length]
      const signIn =
        i % 2
          ? graphqlLogin(person.email, PASSWORD, ip)
          : restLogin(person.email, PASSWORD, ip).then(({ status }) => ({ status }))
      expect((await signIn).status).toBe(200)
    }
    // Only failures use up the address's limit, whatever came before them.
    for (let i = 0; i < 20; i++)
      expect((await restLogin(unknownEmail(), 'wrong-password-1', ip)).status).toBe(401)
    expect((await restLogin(office[0].email, PASSWORD, ip)).status).toBe(429)
    const counted = await peekRateLimit(ctx.payload, rules.address, ip)
    expect(counted.hits).toBe(21)
  })

  it('should say when to come back: Retry-After on the 429 over REST and GraphQL', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++) await restLogin(unknownEmail(), 'wrong-password-1', ip)
    const overRest = await rest.post('/users/login', {
      body: { email: unknownEmail(), password: 'wrong-password-1' },
      headers: { [CLIENT_IP_HEADER]: ip },
    })
    expect(overRest.status).toBe(429)
    const windowSeconds = rules.address.windowMs / 1000
    const restWait = Number(overRest.headers.get('retry-after'))
    expect(restWait).toBeGreaterThan(0)
    expect(restWait).toBeLessThanOrEqual(windowSeconds)
    const overGraphQL = await graphql.graphqlRaw(
      JSON.stringify({
        query: `mutation { loginUser(email: "${unknownEmail()}", password: "wrong-1") { token } }`,
      }),
      { headers: { [CLIENT_IP_HEADER]: ip } },
    )
    const graphqlWait = Number(overGraphQL.headers.get('retry-after'))
    expect(graphqlWait).toBeGreaterThan(0)
    expect(graphqlWait).toBeLessThanOrEqual(windowSeconds)
  })

  it('should say when to come back when one account is refused from one address', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    const ip = freshIp()
    for (let i = 0; i < 5; i++) await restLogin(user.email, `wrong-password-${i}`, ip)
    const refused = await rest.post('/users/login', {
      body: { email: user.email, password: PASSWORD },
      headers: { [CLIENT_IP_HEADER]: ip },
    })
    expect(refused.status).toBe(429)
    const wait = Number(refused.headers.get('retry-after'))
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(rules.pair.windowMs / 1000)
  })

  it('should count Local API sign-ins that carry the client IP, and not our own code', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++)
      expect(await localLogin(ctx.payload, unknownEmail(), 'wrong-password-1', ip)).toBe(401)
    expect((await restLogin(unknownEmail(), 'wrong-password-1', ip)).status).toBe(429)
    // Without a client IP (seeds, jobs, tests' helpers) nothing is counted.
    expect(await localLogin(ctx.payload, unknownEmail(), 'wrong-password-1')).toBe(401)
  })
})

describe('known and unknown accounts', () => {
  it('should answer a wrong password exactly as an unknown account, in English and Chinese', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    for (const language of ['en', 'zh']) {
      const headers = { 'accept-language': language }
      const known = await restLogin(user.email, 'wrong-password-1', freshIp(), headers)
      const unknown = await restLogin(unknownEmail(), 'wrong-password-1', freshIp(), headers)
      expect(unknown).toEqual(known)
      expect(known.status).toBe(401)
      expect(known.body.errors[0].message).toBe(
        language === 'en'
          ? 'The email or password provided is incorrect.'
          : '提供的电子邮件或密码不正确。',
      )
    }
    const known = await graphqlLogin(user.email, 'wrong-password-1', freshIp())
    expect(await graphqlLogin(unknownEmail(), 'wrong-password-1', freshIp())).toEqual(known)
  })

  it('should refuse both alike after five failures from one address, and only from there', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    const ip = freshIp()
    const refusals = []
    for (const email of [user.email, unknownEmail()]) {
      for (let i = 0; i < 5; i++)
        expect((await restLogin(email, `wrong-password-${i}`, ip)).status).toBe(401)
      refusals.push(await restLogin(email, 'wrong-password-9', ip))
    }
    expect(refusals[0].status).toBe(429)
    expect(refusals[1]).toEqual(refusals[0])
    expect(refusals[0].body.errors[0].message).toMatch(/Too many wrong passwords for this e-mail/)
    // The right password from the refused address waits too; from another address it works.
    expect((await restLogin(user.email, PASSWORD, ip)).status).toBe(429)
    expect((await graphqlLogin(user.email, PASSWORD, ip)).status).toBe(429)
    expect((await restLogin(user.email, PASSWORD, freshIp())).status).toBe(200)
  })

  it('should take as long for an unknown account as for a wrong password of a real one', async () => {
    const known: string[] = []
    for (let i = 0; i < 7; i++) known.push((await signInAs(ctx.payload, 'editor')).user.email)
    const knownMs: number[] = []
    const unknownMs: number[] = []
    for (const email of known) {
      const real = await timed(() => restLogin(email, 'wrong-password-1', freshIp()))
      const missing = await timed(() => restLogin(unknownEmail(), 'wrong-password-1', freshIp()))
      expect([real.result.status, missing.result.status]).toEqual([401, 401])
      knownMs.push(real.ms)
      unknownMs.push(missing.ms)
    }
    // Generous bounds: Payload alone answered an unknown account ~25 times faster.
    const ratio = median(unknownMs) / median(knownMs)
    expect(ratio).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.6)
  })
})

describe('no lockout of the real user', () => {
  it('should let the real user in from another address while an attacker guesses, after the delay', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    const attackers = [freshIp(), freshIp(), freshIp()]
    const attackerMs: number[] = []
    for (const ip of attackers) {
      for (let i = 0; i < 5; i++) {
        const attempt = await timed(() => restLogin(user.email, `guess-${ip}-${i}`, ip))
        expect(attempt.result.status).toBe(401)
        attackerMs.push(attempt.ms)
      }
    }
    // The attacker's own addresses are refused for this account…
    expect((await restLogin(user.email, 'guess-again', attackers[0])).status).toBe(429)
    // …and each further guess from elsewhere is slowed down: the 15th waited at least the cap (a lower
    // bound only, which a sleep guarantees; how the delay grows is decideSignInDelay's test above).
    expect(attackerMs[14]).toBeGreaterThanOrEqual(DELAY_MAX_MS)
    // The real user, from home, gets in: slowed down, never locked out.
    const real = await timed(() => restLogin(user.email, PASSWORD, freshIp()))
    expect(real.result.status).toBe(200)
    expect(real.ms).toBeGreaterThanOrEqual(DELAY_MAX_MS)
    expect((await graphqlLogin(user.email, PASSWORD, freshIp())).status).toBe(200)
  })

  it('should forget the failures of an address once the right password comes from it', async () => {
    const { user } = await signInAs(ctx.payload, 'editor')
    const ip = freshIp()
    for (let i = 0; i < 4; i++)
      expect((await restLogin(user.email, `typo-${i}`, ip)).status).toBe(401)
    expect((await restLogin(user.email, PASSWORD, ip)).status).toBe(200)
    for (let i = 0; i < 4; i++)
      expect((await restLogin(user.email, `typo-${i}`, ip)).status).toBe(401)
    expect((await restLogin(user.email, PASSWORD, ip)).status).toBe(200)
  })

  it('should not slow an account down for its own successful sign-ins', async () => {
    const { user } = await signInAs(ctx.payload, 'reviewer')
    for (let i = 0; i < 7; i++) {
      const ip = i % 2 ? freshIp() : undefined
      expect(ip ? (await restLogin(user.email, PASSWORD, ip)).status : 200).toBe(200)
      expect((await graphqlLogin(user.email, PASSWORD, freshIp())).status).toBe(200)
    }
    const { hits } = await peekRateLimit(ctx.payload, rules.account, user.email)
    expect(hits).toBe(0)
  })
})

const sharesDatabase = process.env.TEST_DB === 'postgres' || process.env.TEST_DB === 'mongodb'

/** Two app instances on one PostgreSQL (or MongoDB) database: one set of sign-in counters. */
;(sharesDatabase ? describe : describe.skip)('two instances on one database', () => {
  let second: Payload

  beforeAll(async () => {
    second = await bootSecondInstance(ctx, pluginOptions)
  })

  afterAll(async () => {
    await closeDatabase(second).catch(() => undefined)
  })

  it('should refuse a pair after five failures spread over both instances', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    const ip = freshIp()
    for (let i = 0; i < 5; i++)
      expect(await localLogin(i % 2 ? second : ctx.payload, user.email, `wrong-${i}`, ip)).toBe(401)
    expect(await localLogin(second, user.email, PASSWORD, ip)).toBe(429)
    expect(await localLogin(ctx.payload, user.email, PASSWORD, ip)).toBe(429)
    expect(await localLogin(second, user.email, PASSWORD, freshIp())).toBe(200)
  })

  it('should count one address once across both instances', async () => {
    const ip = freshIp()
    for (let i = 0; i < 20; i++)
      expect(await localLogin(i % 2 ? second : ctx.payload, unknownEmail(), 'wrong-1', ip)).toBe(
        401,
      )
    expect(await localLogin(second, unknownEmail(), 'wrong-1', ip)).toBe(429)
    expect(await localLogin(ctx.payload, unknownEmail(), 'wrong-1', ip)).toBe(429)
  })
})
