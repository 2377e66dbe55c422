import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { closeDatabase } from '../../src/db/closeDatabase'
import { checkDatabase } from '../../src/server/checkDatabase'
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

  it('should report 503 once the database is closed', async () => {
    await closeDatabase(ctx.payload)
    const report = await checkDatabase({ payload: ctx.payload, timeoutMs: 1000 })
    expect(report).toEqual({ body: { db: 'error', status: 'error' }, statusCode: 503 })
  })
})
