import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }

/**
 * Serializes rank decisions on one speaker's holds until `req`'s transaction ends: on PostgreSQL a
 * transaction-scoped advisory lock (two staff holding the same day at once get ranks 1 and 2, not
 * 1 and 1). SQLite runs one write transaction at a time anyway; MongoDB has no such lock (there a
 * race can give two holds the same rank, which the next release or expiry re-ranks).
 */
export const lockSpeakerHolds = (req: PayloadRequest, speaker: number | string) =>
  lockHolds(req, `holds:${speaker}`)

/**
 * The same for any key (`holds:request:<id>` while confirming a request's hold). Take the request's
 * before the speaker's, always in that order, so two locks never wait on each other.
 */
export const lockHolds = async (req: PayloadRequest, key: string) => {
  const adapter = req.payload.db as unknown as {
    name?: string
    sessions?: Record<string, Session>
  }
  if (adapter.name !== 'postgres' || !req.transactionID) return
  const session = adapter.sessions?.[String(await req.transactionID)]
  if (!session) return
  await session.db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`)
}
