import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite/drizzle'

import type { SearchEngine } from './engine/types'

import { portableSearchEngine } from './engine/portableSearchEngine'
import { portableSqlWrites } from './engine/portableSqlWrites'
import { postgresDialect } from './engine/postgresDialect'
import { sqliteDialect } from './engine/sqliteDialect'
import { sqlSearchEngine } from './engine/sqlSearchEngine'
import { searchEngineNameOf } from './searchIndexCollections'
import type { SqlDialect } from './engine/sqlDialect'

const engines = new WeakMap<Payload, SearchEngine>()

/** The database's own text search, if it has one of ours. */
const textSearchOf = (payload: Payload): SqlDialect | undefined => {
  switch (payload.db.name) {
    case 'postgres':
      return postgresDialect
    case 'sqlite':
      return sqliteDialect
    default:
      return undefined
  }
}

/** The portable index, written by SQL statements of ours on a SQL database. */
const portableIndexOf = (payload: Payload): SearchEngine => {
  const dialect = textSearchOf(payload)
  return portableSearchEngine(payload, dialect && portableSqlWrites(payload, dialect))
}

/** The database's own text search, when the plugin keeps the index in it. */
const dialectOf = (payload: Payload): SqlDialect | undefined =>
  searchEngineNameOf(payload) === 'database' ? textSearchOf(payload) : undefined

/**
 * The index of a Payload the plugin set up: the portable one, or the database's text search, as
 * its `search.engine` chose (searchEngineChoice). None for a Payload it did not set up.
 */
export const searchIndexOf = (payload: Payload): SearchEngine | undefined => {
  const known = engines.get(payload)
  if (known) return known
  const dialect = dialectOf(payload)
  const engine =
    searchEngineNameOf(payload) === 'portable'
      ? portableIndexOf(payload)
      : dialect && sqlSearchEngine(payload, dialect)
  if (engine) engines.set(payload, engine)
  return engine
}

/**
 * The index the plugin does not keep on this Payload, where the database can hold it: the portable
 * one under `database`, the database's text search under `portable` (SQLite, PostgreSQL). Its
 * tables may be missing (an engine never used).
 */
export const otherSearchIndexOf = (payload: Payload): SearchEngine | undefined => {
  if (searchEngineNameOf(payload) === 'database') return portableIndexOf(payload)
  const dialect = textSearchOf(payload)
  return dialect && sqlSearchEngine(payload, dialect)
}

/**
 * The search index of this Payload: in the database's text search (SQLite FTS5 or PostgreSQL
 * full-text search), or as Payload documents (the portable index), as the plugin was set up.
 */
export const searchEngineOf = (payload: Payload): SearchEngine => {
  const engine = searchIndexOf(payload)
  if (!engine) throw new Error(`No search index on this database (${payload.db.name})`)
  return engine
}

const drizzleOf = (payload: Payload): unknown =>
  (payload.db as unknown as { drizzle: unknown }).drizzle

const createTables = async (dialect: SqlDialect, db: unknown): Promise<void> => {
  for (const statement of dialect.ddl) await dialect.rows(db, sql.raw(statement))
}

/**
 * Creates the index's tables if they are missing (every start; the statements are idempotent), in
 * `db` when given (a migration's transaction), else one process at a time.
 */
export const ensureSearchTables = async (payload: Payload, db?: unknown): Promise<void> => {
  const dialect = dialectOf(payload)
  if (!dialect) return
  if (db) return createTables(dialect, db)
  await dialect.serialized(drizzleOf(payload), (locked) => createTables(dialect, locked))
}

/**
 * Drops the index's tables and makes them again (in a newer format), one process at a time; the
 * portable index is emptied.
 */
export const recreateSearchTables = async (payload: Payload): Promise<void> => {
  const dialect = dialectOf(payload)
  if (!dialect) {
    const engine = searchEngineOf(payload)
    for (const collection of ['speakers', 'interviews'] as const) await engine.clear(collection)
    return
  }
  await dialect.serialized(drizzleOf(payload), async (locked) => {
    for (const table of dialect.tables)
      await dialect.rows(locked, sql.raw(`DROP TABLE IF EXISTS ${table}`))
    await createTables(dialect, locked)
  })
}

/** Brings the planner's statistics of the index up to date (after a build). */
export const analyzeSearchTables = async (payload: Payload): Promise<void> => {
  const dialect = dialectOf(payload)
  if (!dialect) return
  for (const statement of dialect.analyze)
    await dialect.rows(drizzleOf(payload), sql.raw(statement))
}
