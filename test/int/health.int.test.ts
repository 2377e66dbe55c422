import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { closeDatabase } from '../../src/db/closeDatabase'
import { checkDatabase } from '../../src/server/checkDatabase'
import { checkReadiness } from '../../src/server/checkReadiness'
import { bootPayload, type TestContext } from '../helpers/bootPayload'

describe('health check', () => {
  let ctx: TestContext

  beforeAll(async () => {
    ctx = await bootPayload()
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should report ok after a real round trip to the database', async () => {
    const report = await checkDatabase({ payload: ctx.payload })
    expect(report).toEqual({ body: { db: 'ok', status: 'ok' }, statusCode: 200 })
  })

  it('should be ready for traffic only once the search index is no longer being read', async () => {
    const readiness = (searchIndex: 'cold' | 'none' | 'ready' | 'warming') =>
      checkReadiness({ payload: ctx.payload, searchIndex: () => searchIndex })
    expect(await readiness('warming')).toEqual({
      body: { db: 'ok', searchIndex: 'warming', status: 'starting' },
      statusCode: 503,
    })
    expect(await readiness('ready')).toEqual({
      body: { db: 'ok', searchIndex: 'ready', status: 'ok' },
      statusCode: 200,
    })
    // Nothing held in memory (the database's text search), or a failed read retried at the
    // first search: nothing to wait for.
    expect((await readiness('none')).statusCode).toBe(200)
    expect((await readiness('cold')).statusCode).toBe(200)
  })

  it('should report 503 once the database is closed', async () => {
    await closeDatabase(ctx.payload)
    const report = await checkDatabase({ payload: ctx.payload, timeoutMs: 1000 })
    expect(report).toEqual({ body: { db: 'error', status: 'error' }, statusCode: 503 })
    const readiness = await checkReadiness({
      payload: ctx.payload,
      searchIndex: () => 'ready',
      timeoutMs: 1000,
    })
    expect(readiness).toEqual({
      body: { db: 'error', searchIndex: 'ready', status: 'error' },
      statusCode: 503,
    })
  })
})
