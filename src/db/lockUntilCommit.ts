import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres/drizzle'

import { transactionDbOf } from './transactionDbOf'

type Executes = { execute: (query: unknown) => Promise<unknown> }

/**
 * Takes the lock named `key` until `req`'s transaction ends, so of two transactions wanting it the
 * second waits, then reads what the first committed. On PostgreSQL a transaction-scoped advisory
 * lock (re-entrant: a nested save in the same transaction takes it again at no cost). SQLite needs
 * none: Payload runs it without transactions and its client answers synchronously, so a request's
 * reads and writes between two awaits on the network are never interleaved with another's.
 * MongoDB has no such lock.
 */
export const lockUntilCommit = async (req: PayloadRequest, key: string): Promise<void> => {
  if (req.payload.db.name !== 'postgres' || !req.transactionID) return
  const db = await transactionDbOf<Executes>(req.payload, req)
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`)
}
