import type { Payload, PayloadRequest } from 'payload'

import { eq, inArray, sql } from '@payloadcms/db-sqlite/drizzle'

import type { ChangeRecord, EntryRow, PortableWrites } from './portableWrites'
import type { SqlDialect, SQL } from './sqlDialect'

import { drizzleTableOf } from '../../db/drizzleTableOf'
import { transactionDbOf } from '../../db/transactionDbOf'
import { chunks } from '../../utilities/chunks'
import { collectionNames } from '../../vocabulary/collectionNames'

type Req = Partial<PayloadRequest> | undefined

/** Rows per multi-row INSERT (four parameters each: far below both databases' limits)… */
const CHUNK = 400
/** …and at most about this much JSON in one statement (an interview's entry holds its words). */
const CHUNK_JSON_CHARS = 4_000_000

type Column = { name: string }
type Table = Record<string, Column>
type Builder = {
  delete: (table: Table) => { where: (condition: SQL) => { getSQL: () => SQL } }
  insert: (table: Table) => {
    values: (rows: object[]) => {
      getSQL: () => SQL
      onConflictDoUpdate: (config: { set: object; target: Column }) => { getSQL: () => SQL }
    }
  }
}
type DrizzleAdapter = { drizzle: Builder }

/** `rows` in slices of at most CHUNK rows and about CHUNK_JSON_CHARS of entries' JSON. */
const slices = (rows: EntryRow[]): EntryRow[][] => {
  const sliced: EntryRow[][] = []
  let chars = Infinity
  for (const row of rows) {
    const size = JSON.stringify(row.entry).length
    if (
      sliced.length === 0 ||
      sliced[sliced.length - 1].length >= CHUNK ||
      chars + size > CHUNK_JSON_CHARS
    ) {
      sliced.push([])
      chars = 0
    }
    sliced[sliced.length - 1].push(row)
    chars += size
  }
  return sliced
}

/**
 * The portable index's writes as statements of its own on a SQL database, built by drizzle on the
 * tables Payload made of its collections (their names, schema, column types and id defaults as
 * the adapter has them): entries upserted by their key, many in one statement, where Payload's
 * adapter takes a read and then a write per entry (each a round trip and a query built for it),
 * and on PostgreSQL the change record in the same statement.
 */
export const portableSqlWrites = (payload: Payload, dialect: SqlDialect): PortableWrites => {
  const adapter = payload.db as unknown as DrizzleAdapter
  const isPostgres = payload.db.name === 'postgres'
  // Read when first written: the adapter makes its tables at init, after the plugin's setup.
  const tableOf = (slug: string): Table => drizzleTableOf<Table>(payload, slug) as Table
  const excluded = (column: Column): SQL => sql`excluded.${sql.identifier(column.name)}`

  const changeRow = ({ change, keys }: ChangeRecord): SQL =>
    adapter.drizzle
      .insert(tableOf(collectionNames.searchChanges))
      .values([{ at: Date.now(), change, keys }])
      .getSQL()

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
      const entries = tableOf(collectionNames.searchEntries)
      const upserts = slices(rows).map((slice) =>
        adapter.drizzle
          .insert(entries)
          .values(
            slice.map(({ entry, key }) => ({
              docId: entry.docId,
              entry,
              key,
              searchable: entry.collection,
            })),
          )
          .onConflictDoUpdate({
            set: {
              docId: excluded(entries.docId),
              entry: excluded(entries.entry),
              searchable: excluded(entries.searchable),
            },
            target: entries.key,
          })
          .getSQL(),
      )
      await withChange(upserts, change, req)
    },
    remove: async (where, change, req) => {
      const entries = tableOf(collectionNames.searchEntries)
      const conditions =
        'keys' in where
          ? chunks(where.keys, CHUNK).map((keys) => inArray(entries.key as never, keys))
          : [eq(entries.searchable as never, where.searchable)]
      await withChange(
        conditions.map((condition) => adapter.drizzle.delete(entries).where(condition).getSQL()),
        change,
        req,
      )
    },
  }
}
