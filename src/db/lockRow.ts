import type { CollectionSlug, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { drizzleTableOf } from './drizzleTableOf'
import { transactionDbOf } from './transactionDbOf'

type Executes = { execute: (query: unknown) => Promise<unknown> }

/**
 * On PostgreSQL, takes a document's row lock (`FOR UPDATE`) in `req`'s transaction until it ends:
 * what an update of the row would take, taken first. SQLite lets one writer at a time anyway;
 * MongoDB has no row locks.
 */
export const lockRow = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<void> => {
  if (req.payload.db.name !== 'postgres') return
  const table = drizzleTableOf(req.payload, collection)
  if (!table) return
  const db = await transactionDbOf<Executes>(req.payload, req)
  await db.execute(sql`SELECT 1 FROM ${table} WHERE id = ${id} FOR UPDATE`)
}
