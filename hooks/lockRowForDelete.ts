import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { drizzleTableOf } from '../src/db/drizzleTableOf'
import { transactionDbOf } from '../src/db/transactionDbOf'

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
    if (req.payload.db.name !== 'postgres') return
    const table = drizzleTableOf(req.payload, collection)
    if (!table) return
    const db = await transactionDbOf<Executes>(req.payload, req)
    await db.execute(sql`SELECT 1 FROM ${table} WHERE id = ${id} FOR UPDATE`)
  }
