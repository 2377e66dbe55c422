import type { DatabaseAdapterObj } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { SQLITE_BUSY_TIMEOUT_MS } from '../../src/db/sqliteBusyTimeout'
import { POSTGRES_RUN_ENV, POSTGRES_TEMPLATE_ENV, runDatabasePrefix } from './postgresRunEnv'

export type TestDatabase = {
  adapter: DatabaseAdapterObj
  /** Removes what the database left behind (a Postgres database, a temp file, a mongod). */
  drop: () => Promise<void>
  kind: TestDbKind
  /** The URI a spawned server would use to reach the same database. */
  uri: string
}

export type TestDbKind = 'mongodb' | 'postgres' | 'sqlite'

type Args = {
  /**
   * PostgreSQL only: a copy of the schema-ready template test/globalSetup.ts made for this run
   * (`CREATE DATABASE … TEMPLATE`, ~0.1 s) with the adapter's schema push off, instead of an empty
   * database the adapter pushes the whole schema into (~3 s per test file).
   */
  fromTemplate?: boolean
  /** SQLite only: a temp file instead of `:memory:` (needed to share it with another process). */
  isFile?: boolean
}

export const testDbKind = (): TestDbKind => {
  const kind = (process.env.TEST_DB || 'sqlite') as TestDbKind
  if (!['mongodb', 'postgres', 'sqlite'].includes(kind)) {
    throw new Error(`TEST_DB must be sqlite, postgres or mongodb (got "${kind}")`)
  }
  return kind
}

const uniqueName = (): string =>
  `${runDatabasePrefix(process.env[POSTGRES_RUN_ENV] || String(process.pid))}${crypto.randomBytes(4).toString('hex')}`

// Each kind imports its own adapter: the other two would cost every test file ~0.3–0.6 s of
// module loading (Jest loads the module graph anew for each file).
const sqlite = async ({ isFile }: Args): Promise<TestDatabase> => {
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  if (!isFile) {
    return {
      adapter: sqliteAdapter({ client: { url: ':memory:' } }),
      drop: async () => {},
      kind: 'sqlite',
      uri: ':memory:',
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-sqlite-'))
  const uri = `file:${path.join(dir, 'test.db')}`
  return {
    adapter: sqliteAdapter({ busyTimeout: SQLITE_BUSY_TIMEOUT_MS, client: { url: uri } }),
    drop: async () => fs.rmSync(dir, { force: true, recursive: true }),
    kind: 'sqlite',
    uri,
  }
}

const postgres = async ({ fromTemplate }: Args): Promise<TestDatabase> => {
  const { postgresAdapter } = await import('@payloadcms/db-postgres')
  const adminUri = process.env.TEST_DATABASE_URI || 'postgres://postgres@127.0.0.1:5432/postgres'
  const name = uniqueName()
  const template = fromTemplate ? process.env[POSTGRES_TEMPLATE_ENV] : undefined
  const admin = new pg.Client({ connectionString: adminUri })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
  await admin.end()
  const uri = new URL(adminUri)
  uri.pathname = `/${name}`
  return {
    adapter: postgresAdapter({
      pool: { connectionString: uri.toString() },
      ...(template ? { push: false } : {}),
    }),
    // Dropped by test/globalTeardown.ts once all workers are done (see there why).
    drop: async () => {},
    kind: 'postgres',
    uri: uri.toString(),
  }
}

const mongodb = async (): Promise<TestDatabase> => {
  const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
  const { MongoMemoryReplSet } = await import('mongodb-memory-server')
  let replSet: Awaited<ReturnType<typeof MongoMemoryReplSet.create>>
  try {
    replSet = await MongoMemoryReplSet.create({
      replSet: { count: 1, storageEngine: 'wiredTiger' },
    })
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err)
    throw new Error(
      `TEST_DB=mongodb needs a mongod binary: set MONGOMS_SYSTEM_BINARY to one, or allow its download (${reason})`,
    )
  }
  const uri = replSet.getUri(uniqueName())
  return {
    adapter: mongooseAdapter({ url: uri }),
    drop: async () => {
      await replSet.stop()
    },
    kind: 'mongodb',
    uri,
  }
}

/** A fresh, empty database for one test file, on the adapter named by TEST_DB (default sqlite). */
export const createTestDatabase = async (args: Args = {}): Promise<TestDatabase> => {
  switch (testDbKind()) {
    case 'mongodb':
      return mongodb()
    case 'postgres':
      return postgres(args)
    default:
      return sqlite(args)
  }
}
