import type { Payload, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-sqlite/drizzle'

import type { SqlDialect, SQL } from './sqlDialect'
import type { SearchEntry } from './types'

import { transactionDbOf } from '../../db/transactionDbOf'
import { chunks } from '../../utilities/chunks'
import { sqlList } from './sqlDialect'

type Req = Partial<PayloadRequest> | undefined

/** An entry as the portable index stores it (collections/search/portableIndex.ts). */
export type EntryRow = { entry: SearchEntry; key: string }

/** A write's record in `search-changes`: what portableCopy.ts reads to catch up. */
export type ChangeRecord = { change: string; keys: null | string[] }

/**
 * The portable index's writes as a SQL database's own statements, for the tables Payload made of
 * its collections: entries upserted by their key, many in one statement, where Payload's adapter
 * takes a read and then a write per entry (each a round trip and a query built by drizzle), and
 * on PostgreSQL the change recorded in the same statement.
 */
export type PortableWrites = {
  /** Deletes the entries `where` picks (a list of keys, or a collection's all) and records it. */
  remove: (
    where: { keys: string[] } | { searchable: string },
    change: ChangeRecord,
    req: Req,
  ) => Promise<void>
  /** Writes entries, new or held (one row per key: an upsert may not touch a row twice). */
  put: (rows: EntryRow[], change: ChangeRecord, req: Req) => Promise<void>
}

/** Rows per multi-row INSERT (four parameters each: far below both databases' limits). */
const CHUNK = 400

export const portableSqlWrites = (payload: Payload, dialect: SqlDialect): PortableWrites => {
  const isPostgres = payload.db.name === 'postgres'
  // PostgreSQL's jsonb from text; SQLite stores Payload's JSON fields as text.
  const json = (value: unknown): SQL =>
    isPostgres ? sql`${JSON.stringify(value)}::jsonb` : sql`${JSON.stringify(value)}`
  const changeRow = ({ change, keys }: ChangeRecord): SQL =>
    sql`INSERT INTO search_changes (change, keys, at) VALUES (${change}, ${keys ? json(keys) : null}, ${Date.now()})`

  /** The statements, then the change: with the last one on PostgreSQL (a data-modifying WITH). */
  const withChange = async (statements: SQL[], change: ChangeRecord, req: Req): Promise<void> => {
    const db = await transactionDbOf(payload, req)
    const last = statements.at(-1)
    for (const statement of statements.slice(0, -1)) await dialect.rows(db, statement)
    if (isPostgres && last) {
      await dialect.rows(db, sql`WITH written AS (${last}) ${changeRow(change)}`)
    } else {
      if (last) await dialect.rows(db, last)
      await dialect.rows(db, changeRow(change))
    }
  }

  return {
    put: async (rows, change, req) => {
      const upserts = chunks(rows, CHUNK).map((batch) => {
        const values = batch.map(
          ({ entry, key }) => sql`(${key}, ${entry.collection}, ${entry.docId}, ${json(entry)})`,
        )
        return sql`INSERT INTO search_entries (key, searchable, doc_id, entry) VALUES ${sql.join(values, sql`, `)} ON CONFLICT (key) DO UPDATE SET searchable = excluded.searchable, doc_id = excluded.doc_id, entry = excluded.entry`
      })
      await withChange(upserts, change, req)
    },
    remove: async (where, change, req) => {
      const deletes =
        'keys' in where
          ? chunks(where.keys, CHUNK).map(
              (keys) => sql`DELETE FROM search_entries WHERE key IN (${sqlList(keys)})`,
            )
          : [sql`DELETE FROM search_entries WHERE searchable = ${where.searchable}`]
      await withChange(deletes, change, req)
    },
  }
}
