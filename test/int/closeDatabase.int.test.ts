import { describe, expect, it } from '@jest/globals'

import { bootPayload } from '../helpers/bootPayload'
import { testDbKind } from '../helpers/testDatabase'

// The pool of connections is PostgreSQL's (SQLite has one embedded client, MongoDB its own driver).
const describeOnPostgres = testDbKind() === 'postgres' ? describe : describe.skip

type PgClient = { query: (text: string) => Promise<unknown>; release: () => void }
type PgPool = { connect: () => Promise<PgClient>; ended?: boolean; totalCount: number }

describeOnPostgres('closing the database with a query that never ends', () => {
  it('should close its connection and end the pool instead of waiting for ever', async () => {
    const ctx = await bootPayload()
    const pool = (ctx.payload.db as unknown as { pool: PgPool }).pool
    // What a leaked transaction's lock does to the query waiting on it: it runs until stopped. Its
    // owner gives the client back when the query ends, as Payload's operations do.
    const client = await pool.connect()
    const stuck = client
      .query('SELECT pg_sleep(600)')
      .then(
        () => 'finished',
        (err: Error) => `failed: ${err.message}`,
      )
      .finally(() => client.release())
    await ctx.close()
    expect(await stuck).toMatch(/^failed: /)
    expect(pool.ended).toBe(true)
    expect(pool.totalCount).toBe(0)
  }, 40_000)
})
