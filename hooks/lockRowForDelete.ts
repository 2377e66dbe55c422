import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { transactionDbOf } from '../src/db/transactionDbOf'

type PostgresAdapter = {
  name: string
  tableNameMap: Map<string, string>
  tables: Record<string, unknown>
}

type Executes = { execute: (query: unknown) => Promise<unknown> }

/**
 * First of a collection's beforeDelete hooks when others delete the records that point at the
 * document: on PostgreSQL it takes the row's `FOR UPDATE` lock in the delete's transaction, so a
 * record inserted meanwhile with a reference to it (a queued job writing a delivery record: its
 * foreign-key check takes `FOR KEY SHARE`) waits for the delete and then fails, instead of
 * slipping in between the dependants' deletion and the row's and failing the delete (500).
 * SQLite lets one writer at a time anyway; MongoDB has no foreign keys.
 */
export const lockRowForDelete =
  (collection: CollectionSlug): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const adapter = req.payload.db as unknown as PostgresAdapter
    if (adapter.name !== 'postgres') return
    const tableName = adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection
    const table = adapter.tables[tableName]
    if (!table) return
    const db = await transactionDbOf<Executes>(req.payload, req)
    await db.execute(sql`SELECT 1 FROM ${table} WHERE id = ${id} FOR UPDATE`)
  }
