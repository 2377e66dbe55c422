import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { createTestDatabase, type TestDatabase, testDbKind } from '../../helpers/testDatabase'
import { spawnServer, type SpawnedServer, waitForStatus } from '../../helpers/spawnServer'

const STACK_TRACE = /\bat [^\n]+[.](?:js|ts|mjs):\d+/

/** Cuts the server off its database (and lets it back in) the way a database outage would. */
const outage = (uri: string) => {
  const name = new URL(uri).pathname.slice(1)
  const admin = async (sql: string) => {
    const adminUri = new URL(uri)
    adminUri.pathname = '/postgres'
    const client = new pg.Client({ connectionString: adminUri.toString() })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  return {
    begin: async () => {
      await admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`)
      await admin(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
      )
    },
    end: () => admin(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`),
  }
}

// A database outage needs a database server to lose: this runs on PostgreSQL (TEST_DB=postgres, in CI).
const describeOnPostgres = testDbKind() === 'postgres' ? describe : describe.skip

describeOnPostgres('fault: the database goes away under a running server, and comes back', () => {
  let database: TestDatabase
  let server: SpawnedServer
  let cut: ReturnType<typeof outage>

  beforeAll(async () => {
    database = await createTestDatabase()
    cut = outage(database.uri)
    server = await spawnServer({
      DATABASE_URI: database.uri,
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sb-outage-')),
      JOBS_AUTORUN: 'false',
      // Next.js refuses a second dev server on one build folder (server.int.test.ts may run beside).
      NEXT_DIST_DIR: '.next-test-faults',
      NODE_ENV: 'development',
      SEED_ON_START: 'false',
    })
    await waitForStatus(server, '/healthz')
    await waitForStatus(server, '/api/speakers', { timeoutMs: 150_000 })
  }, 200_000)

  afterAll(async () => {
    await cut?.end().catch(() => undefined)
    await server?.stop('SIGKILL')
    await database?.drop()
  })

  it('should answer 503 from /healthz and a clean 5xx from the API while the database is gone', async () => {
    await cut.begin()
    const health = await waitForStatus(server, '/healthz', { status: 503, timeoutMs: 20_000 })
    expect(await health.json()).toEqual({ db: 'error', status: 'error' })
    const api = await fetch(`${server.baseUrl}/api/speakers`)
    expect(api.status).toBeGreaterThanOrEqual(500)
    const body = await api.text()
    expect(body).not.toMatch(STACK_TRACE)
    expect(body).not.toMatch(/ALLOW_CONNECTIONS|pg_terminate|terminating connection/i)
    expect(server.process.exitCode).toBeNull()
  }, 60_000)

  it('should recover by itself once the database is back, without a restart', async () => {
    await cut.end()
    await waitForStatus(server, '/healthz', { timeoutMs: 30_000 })
    const api = await waitForStatus(server, '/api/speakers', { timeoutMs: 30_000 })
    expect((await api.json()).docs).toEqual([])
    expect(server.process.exitCode).toBeNull()
  }, 90_000)
})
