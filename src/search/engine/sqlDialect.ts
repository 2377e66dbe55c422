import type { sql } from '@payloadcms/db-sqlite'

import type { WordCondition } from './types'

export type SQL = ReturnType<typeof sql>

export type EntryText = { body: string; id: number; name: string }

/** A drizzle database or transaction, of either SQL adapter. */
export type SqlDb = unknown

/** What differs between SQLite FTS5 and PostgreSQL full-text search; the rest is one SQL. */
export type SqlDialect = {
  /** Statements creating the index's tables if missing (idempotent). */
  ddl: string[]
  /** Deletes the text of entries (SQLite keeps it in a separate FTS5 table). */
  removeTexts: (db: SqlDb, entryIds: number[]) => Promise<void>
  rows: (db: SqlDb, query: SQL) => Promise<Record<string, unknown>[]>
  /** `e` matches all the words, in the body (everything) or the name alone. */
  textMatch: (words: WordCondition[], column: 'body' | 'name') => SQL
  /** Sets (replaces) the searchable text of entries. */
  writeTexts: (db: SqlDb, texts: EntryText[]) => Promise<void>
}

/** The index's tables, prefixed so that they never clash with Payload's (see keepSearchTables). */
export const SEARCH_TABLE_PREFIX = 'sb_search_'
