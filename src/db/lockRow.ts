import type { CollectionSlug, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { idKindOfCollection, isPossibleId } from '../queries/idKind'
import { drizzleTableOf } from './drizzleTableOf'
import { transactionDbOf } from './transactionDbOf'

type Executes = { execute: (query: unknown) => Promise<unknown> }

/** Row lock strengths (PostgreSQL's): `update` to change or delete a row, `keyShare` to keep it. */
const MODES = { keyShare: sql`FOR KEY SHARE`, update: sql`FOR UPDATE` }

/**
 * On PostgreSQL, takes documents' row locks in `req`'s transaction until it ends: `update` (what an
 * update or delete of the row takes, taken first), or `keyShare` (what a reference to the row
 * takes: the row cannot be deleted meanwhile, and a row being deleted is waited for, then not
 * found). SQLite lets one writer at a time anyway; MongoDB has no row locks.
 */
export const lockRow = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: number | string | (number | string)[],
  mode: keyof typeof MODES = 'update',
): Promise<void> => {
  if (req.payload.db.name !== 'postgres') return
  const table = drizzleTableOf(req.payload, collection)
  const kind = idKindOfCollection(req.payload, collection)
  // Only ids a row can have: the statement would fail on any other (its validation answers them).
  const list = (Array.isArray(ids) ? ids : [ids]).filter(
    (id) => kind !== undefined && isPossibleId(id, kind),
  )
  if (!table || list.length === 0) return
  const db = await transactionDbOf<Executes>(req.payload, req)
  await db.execute(
    sql`SELECT 1 FROM ${table} WHERE id IN (${sql.join(
      list.map((id) => sql`${id}`),
      sql`, `,
    )}) ${MODES[mode]}`,
  )
}
