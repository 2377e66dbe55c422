import type { Payload } from 'payload'

import { closeCounterPool } from '../rateLimits/databaseStore'

type PgClient = { release?: () => void }
type PgPool = {
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
  end: () => Promise<void>
  ended?: boolean
}
type SqlHandles = { client?: { close?: () => void }; pool?: PgPool }

/**
 * `payload.destroy()` stops crons and resets the adapter, but the SQL adapters keep their connections:
 * db-postgres checks out one pool client at connect and never releases it, and db-sqlite leaves its
 * libsql client open. This closes them too, and the rate-limit counters' own connections, so a
 * process (or a Jest worker) can end.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const { client, pool } = payload.db as unknown as SqlHandles
  await closeCounterPool(payload)
  await payload.destroy()
  if (pool && !pool.ended) {
    const idle = new Set((pool._idle ?? []).map((item) => item.client))
    for (const checkedOut of (pool._clients ?? []).filter((c) => !idle.has(c)))
      checkedOut.release?.()
    await pool.end()
  }
  client?.close?.()
}
