import pg from 'pg'

import { POSTGRES_RUN_ENV, runDatabasePrefix } from './helpers/postgresRunEnv'

/**
 * Drops the PostgreSQL databases this run created, once every worker has finished. Dropping
 * them per file (WITH FORCE) killed connections that drizzle-kit's schema push had left open, and the
 * error surfaced in whatever test ran next in that worker. Only this run's: dropping every
 * `sb_test_%` database cut a second run on the same server off its databases mid-test.
 */
export default async function globalTeardown(): Promise<void> {
  const run = process.env[POSTGRES_RUN_ENV]
  if (process.env.TEST_DB !== 'postgres' || !run) return
  const client = new pg.Client({
    connectionString:
      process.env.TEST_DATABASE_URI || 'postgres://postgres@127.0.0.1:5432/postgres',
  })
  await client.connect()
  const { rows } = await client.query<{ datname: string }>(
    'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
    [runDatabasePrefix(run)],
  )
  for (const { datname } of rows)
    await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  await client.end()
}
