import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'

export const ACCEPTED_SCHEMES =
  'mongodb://, mongodb+srv://, postgres://, postgresql:// or file: (SQLite)'

type Args = {
  /** Folder for the embedded SQLite database when no URI is given. */
  dataDir: string
  uri?: string
}

const ensureParentFolder = (fileUri: string): void => {
  const filePath = fileUri.replace(/^file:(\/\/)?/, '')
  if (!filePath || filePath === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true })
}

const schemeOf = (uri: string): string =>
  /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase() ?? ''

/**
 * Picks Payload's database adapter from `DATABASE_URI`, synchronously (top-level await in the
 * config makes production starts exit with code 13): MongoDB, PostgreSQL, or the embedded SQLite.
 */
export const pickDatabaseAdapter = ({ dataDir, uri }: Args): DatabaseAdapterObj => {
  const trimmed = uri?.trim()
  if (!trimmed) {
    const url = `file:${path.join(dataDir, 'speakers.db')}`
    ensureParentFolder(url)
    return sqliteAdapter({
      client: { url },
      migrationDir: migrationDirFor('sqlite'),
      prodMigrations: sqliteMigrations,
    })
  }
  switch (schemeOf(trimmed)) {
    case 'file':
      ensureParentFolder(trimmed)
      return sqliteAdapter({
        client: { url: trimmed },
        migrationDir: migrationDirFor('sqlite'),
        prodMigrations: sqliteMigrations,
      })
    case 'mongodb':
    case 'mongodb+srv':
      return mongooseAdapter({ url: trimmed })
    case 'postgres':
    case 'postgresql':
      return postgresAdapter({
        migrationDir: migrationDirFor('postgres'),
        pool: { connectionString: trimmed },
        prodMigrations: postgresMigrations,
      })
    default:
      throw new Error(
        `Unsupported DATABASE_URI scheme "${schemeOf(trimmed) || trimmed}". Use ${ACCEPTED_SCHEMES}.`,
      )
  }
}

const migrationDirFor = (adapter: 'postgres' | 'sqlite'): string =>
  path.resolve(process.cwd(), 'src', 'migrations', adapter)
