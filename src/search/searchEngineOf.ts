import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import type { SearchEngine } from './engine/types'

import { postgresDialect } from './engine/postgresDialect'
import { sqliteDialect } from './engine/sqliteDialect'
import { sqlSearchEngine } from './engine/sqlSearchEngine'
import type { SqlDialect } from './engine/sqlDialect'

const engines = new WeakMap<Payload, SearchEngine>()

const dialectOf = (payload: Payload): SqlDialect | undefined => {
  switch (payload.db.name) {
    case 'postgres':
      return postgresDialect
    case 'sqlite':
      return sqliteDialect
    default:
      return undefined
  }
}

/** The search index of this Payload's database (SQLite FTS5 or PostgreSQL full-text search). */
export const searchEngineOf = (payload: Payload): SearchEngine | undefined => {
  const known = engines.get(payload)
  if (known) return known
  const dialect = dialectOf(payload)
  if (!dialect) return undefined
  const engine = sqlSearchEngine(payload, dialect)
  engines.set(payload, engine)
  return engine
}

/**
 * Creates the index's tables if they are missing (every start; the statements are idempotent), in
 * `db` when given (a migration's transaction).
 */
export const ensureSearchTables = async (payload: Payload, db?: unknown): Promise<void> => {
  const dialect = dialectOf(payload)
  if (!dialect) return
  const target = db ?? (payload.db as unknown as { drizzle: unknown }).drizzle
  for (const statement of dialect.ddl) await dialect.rows(target, sql.raw(statement))
}

/** Drops the index's tables (before they are made again in a newer format). */
export const dropSearchTables = async (payload: Payload): Promise<void> => {
  const dialect = dialectOf(payload)
  if (!dialect) return
  const db = (payload.db as unknown as { drizzle: unknown }).drizzle
  for (const table of dialect.tables)
    await dialect.rows(db, sql.raw(`DROP TABLE IF EXISTS ${table}`))
}

/** Brings the planner's statistics of the index up to date (after a build). */
export const analyzeSearchTables = async (payload: Payload): Promise<void> => {
  const dialect = dialectOf(payload)
  if (!dialect) return
  const db = (payload.db as unknown as { drizzle: unknown }).drizzle
  for (const statement of dialect.analyze) await dialect.rows(db, sql.raw(statement))
}
