import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { closeDatabase } from '../../src/db/closeDatabase'
import { hitRateLimit, peekRateLimit, resetRateLimit } from '../../src/rateLimits/hitRateLimit'
import { bootPayload, bootSecondInstance, type TestContext } from '../helpers/bootPayload'

const rule = { limit: 5, name: 'test-limit', windowMs: 60_000 }

let ctx: TestContext

beforeAll(async () => {
  ctx = await bootPayload()
})

afterAll(async () => {
  await ctx.close()
})

describe('rate limit counters', () => {
  it('should count hits per client and limit after the limit', async () => {
    const results = []
    for (let i = 0; i < 7; i++) results.push(await hitRateLimit(ctx.payload, rule, '198.51.100.1'))
    expect(results.map(({ isLimited }) => isLimited)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      true,
    ])
    expect(results[6].retryAfterSeconds).toBeGreaterThan(50)
    expect(results[6].retryAfterSeconds).toBeLessThanOrEqual(60)
    expect((await hitRateLimit(ctx.payload, rule, '198.51.100.2')).hits).toBe(1)
    expect((await peekRateLimit(ctx.payload, rule, '198.51.100.1')).hits).toBe(7)
  })

  it('should keep limits of different names apart and forget a reset client', async () => {
    const other = { ...rule, name: 'other-limit' }
    expect((await hitRateLimit(ctx.payload, other, '198.51.100.1')).hits).toBe(1)
    await resetRateLimit(ctx.payload, rule, '198.51.100.1')
    expect((await peekRateLimit(ctx.payload, rule, '198.51.100.1')).hits).toBe(0)
    expect((await hitRateLimit(ctx.payload, rule, '198.51.100.1')).hits).toBe(1)
  })

  it('should start a new window once the last one has ended', async () => {
    const short = { ...rule, name: 'short-limit', windowMs: 300 }
    await hitRateLimit(ctx.payload, short, 'client')
    expect((await hitRateLimit(ctx.payload, short, 'client')).hits).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect((await hitRateLimit(ctx.payload, short, 'client')).hits).toBe(1)
  })
})

const sharesDatabase = process.env.TEST_DB === 'postgres' || process.env.TEST_DB === 'mongodb'

/** Two app instances on one PostgreSQL (or MongoDB) database count the same hits. */
;(sharesDatabase ? describe : describe.skip)('two instances on one database', () => {
  let second: Payload

  beforeAll(async () => {
    second = await bootSecondInstance(ctx)
  })

  afterAll(async () => {
    await closeDatabase(second).catch(() => undefined)
  })

  it('should allow the limit once across both, also when they count at the same moment', async () => {
    const hits = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        hitRateLimit(i % 2 ? second : ctx.payload, rule, '203.0.113.5'),
      ),
    )
    expect(hits.filter(({ isLimited }) => !isLimited)).toHaveLength(5)
    expect(hits.map(({ hits }) => hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    )
    const rows = await ctx.payload.find({ collection: 'rate-limit-counters', overrideAccess: true })
    expect(JSON.stringify(rows.docs)).not.toContain('203.0.113.5')
  })
})
