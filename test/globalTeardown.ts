import pg from 'pg'

/**
 * Drops the PostgreSQL databases the test files created, once every worker has finished. Dropping
 * them per file (WITH FORCE) killed connections that drizzle-kit's schema push had left open, and the
 * error surfaced in whatever test ran next in that worker.
 */
export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_DB !== 'postgres') return
  const client = new pg.Client({
    connectionString:
      process.env.TEST_DATABASE_URI || 'postgres://postgres@127.0.0.1:5432/postgres',
  })
  await client.connect()
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE 'sb\\_test\\_%'",
  )
  for (const { datname } of rows)
    await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`)
  await client.end()
}
