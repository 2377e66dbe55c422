import type { Payload } from 'payload'

import { closeCounterPool } from '../rateLimits/databaseStore'
import { sleep } from '../utilities/sleep'

type PgClient = { _activeQuery?: unknown; _queryQueue?: unknown[]; release?: () => void }
type PgPool = {
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
  end: () => Promise<void>
  ended?: boolean
}
const isBusy = (client: PgClient): boolean =>
  Boolean(client._activeQuery) || (client._queryQueue?.length ?? 0) > 0

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
    const checkedOut = () => {
      const idle = new Set((pool._idle ?? []).map((item) => item.client))
      return (pool._clients ?? []).filter((c) => !idle.has(c))
    }
    // A query still running (a job or hook nobody awaited) gives its client back itself: releasing
    // it here too made pg-pool throw "Release called on client which has already been released"
    // when the query ended, out of any test. Wait for those (5 s at most), then release the rest:
    // the client db-postgres checked out at connect, which holds no query.
    const deadline = Date.now() + 5_000
    while (checkedOut().some(isBusy) && Date.now() < deadline) await sleep(20)
    for (const client of checkedOut()) if (!isBusy(client)) client.release?.()
    await pool.end()
  }
  client?.close?.()
}
