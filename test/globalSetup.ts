import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import pg from 'pg'

import {
  POSTGRES_RUN_ENV,
  POSTGRES_TEMPLATE_ENV,
  runDatabasePrefix,
} from './helpers/postgresRunEnv'

/**
 * A PostgreSQL run pushes the schema once, into a template database each test file copies
 * (test/helpers/testDatabase.ts): the push took ~3 s of every file's boot. Made from the config as
 * it is now, so it is never stale; dropped by globalTeardown.ts with the files' databases.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DB !== 'postgres') return
  const adminUri = process.env.TEST_DATABASE_URI || 'postgres://postgres@127.0.0.1:5432/postgres'
  const run = `${process.pid}${crypto.randomBytes(3).toString('hex')}`
  process.env[POSTGRES_RUN_ENV] = run
  const name = `${runDatabasePrefix(run)}template`
  const client = new pg.Client({ connectionString: adminUri })
  await client.connect()
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const uri = new URL(adminUri)
  uri.pathname = `/${name}`
  const { NODE_OPTIONS: _vmModules, ...env } = process.env
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=production',
      'test/helpers/preparePostgresTemplate.ts',
      uri.toString(),
    ],
    { env: { ...env, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'ignore', 'inherit'] },
  )
  process.env[POSTGRES_TEMPLATE_ENV] = name
}
