import { sql } from '@payloadcms/db-sqlite/drizzle'

import type { SearchableCollection, ValueKind, WordCondition } from './types'

export type SQL = ReturnType<typeof sql>

export type ValueListColumn = 'languages' | 'topics'

export type EntryText = { body: string; id: number; name: string }

/** Values as a comma-separated list of bound parameters, for `IN (…)`. */
export const sqlList = (values: (number | string)[]): SQL =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/** A drizzle database or transaction, of either SQL adapter. */
export type SqlDb = unknown

/** What differs between SQLite FTS5 and PostgreSQL full-text search; the rest is one SQL. */
export type SqlDialect = {
  /** Statements bringing the planner's statistics up to date (after a build). */
  analyze: string[]
  /** `e` is an entry of the collection; `textMatched`: the words' text match narrows it further. */
  collectionIs: (collection: SearchableCollection, textMatched: boolean) => SQL
  /** Statements creating the index's tables if missing (idempotent). */
  ddl: string[]
  /**
   * Runs DDL one process at a time (PostgreSQL's CREATE … IF NOT EXISTS is not safe when two
   * instances start together: the second fails on the catalog's unique index).
   */
  serialized: (db: SqlDb, run: (db: SqlDb) => Promise<void>) => Promise<void>
  /** The index's tables, to drop when its format changes (dependants first; not sb_search_meta). */
  tables: string[]
  /**
   * Columns of sb_search_entries holding the text (PostgreSQL's tsvectors), written with the row
   * itself rather than by writeTexts after it (one row version per write, not two).
   */
  inlineText?: { columns: string[]; values: (text: Omit<EntryText, 'id'>) => SQL[] }
  /** Deletes the text of entries (SQLite keeps it in an FTS5 table per collection). */
  removeTexts: (db: SqlDb, collection: SearchableCollection, entryIds: number[]) => Promise<void>
  /**
   * A list of values in an entry's row (its topics with their ancestors, its languages), read with
   * the matched row rather than looked up in sb_search_values once per match: how it is written,
   * and its values as rows `(id, value)` of the CTE `matched` (`m`).
   */
  valueList: {
    /** `m.<column>` holds one of the values. */
    hasAny: (column: ValueListColumn, values: string[]) => SQL
    matched: (column: ValueListColumn) => SQL
    write: (values: string[]) => SQL
  }
  rows: (db: SqlDb, query: SQL) => Promise<Record<string, unknown>[]>
  /** `e` (an entry of `collection`) matches all the words, in the body (everything) or the name alone. */
  textMatch: (
    collection: SearchableCollection,
    words: WordCondition[],
    column: 'body' | 'name',
  ) => SQL
  /** Sets (replaces) the searchable text of entries. */
  writeTexts: (db: SqlDb, collection: SearchableCollection, texts: EntryText[]) => Promise<void>
}

/** The index's tables, prefixed so that they never clash with Payload's (see keepSearchTables). */
export const SEARCH_TABLE_PREFIX = 'sb_search_'

const SEARCHABLE: readonly SearchableCollection[] = ['speakers', 'interviews']

/**
 * A collection's name checked against the two the index holds, for SQL that must name it as a
 * literal: a table name, or the predicate of a partial index the planner has to recognise.
 */
export const searchableName = (collection: SearchableCollection): SearchableCollection => {
  if (!SEARCHABLE.includes(collection)) throw new Error(`Not searchable: ${collection}`)
  return collection
}

/**
 * A value's kind as stored: one per collection (`speakers.topic`), so that a speaker search never
 * reads the interviews' values (two thirds of a topic's rows at 50k speakers and 200k interviews).
 */
export const valueKind = (collection: SearchableCollection, kind: ValueKind): string =>
  `${searchableName(collection)}.${kind}`

/** Where the index records its format (see SEARCH_INDEX_FORMAT). */
export const META_TABLE_DDL = `CREATE TABLE IF NOT EXISTS sb_search_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
)`
