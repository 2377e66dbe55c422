import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from '../migrations/postgres'
import { migrations as sqliteMigrations } from '../migrations/sqlite'
import { resolveDatabaseTarget } from './resolveDatabaseTarget'
import { sqliteFilePath } from './sqliteFilePath'
import { SQLITE_BUSY_TIMEOUT_MS } from './sqliteBusyTimeout'
import { withSqliteSettings } from './withSqliteSettings'

type Args = {
  /** Folder for the embedded SQLite database when no URI is given. */
  dataDir: string
  uri?: string
}

const ensureParentFolder = (fileUrl: string): void => {
  const filePath = sqliteFilePath(fileUrl)
  if (filePath) fs.mkdirSync(path.dirname(filePath), { recursive: true })
}

const migrationDirFor = (adapter: 'postgres' | 'sqlite'): string =>
  path.resolve(process.cwd(), 'src', 'migrations', adapter)

/**
 * Picks Payload's database adapter from `DATABASE_URI`, synchronously (a top-level await in the
 * config makes production starts exit with code 13): MongoDB, PostgreSQL, or the embedded SQLite.
 * SQL databases are migrated on production start (`prodMigrations`); development pushes the schema.
 */
export const pickDatabaseAdapter = ({ dataDir, uri }: Args): DatabaseAdapterObj => {
  const target = resolveDatabaseTarget({ dataDir, uri })
  switch (target.kind) {
    case 'mongodb':
      return mongooseAdapter({ url: target.url })
    case 'postgres':
      return postgresAdapter({
        migrationDir: migrationDirFor('postgres'),
        pool: { connectionString: target.url },
        prodMigrations: postgresMigrations,
      })
    case 'sqlite':
      ensureParentFolder(target.url)
      return withSqliteSettings(
        sqliteAdapter({
          busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
          client: { url: target.url },
          migrationDir: migrationDirFor('sqlite'),
          wal: true,
          prodMigrations: sqliteMigrations,
        }),
      )
  }
}
