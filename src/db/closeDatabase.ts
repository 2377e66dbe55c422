import type { Payload } from 'payload'

import { closeCounterPool } from '../rateLimits/databaseStore'
import { sleep } from '../utilities/sleep'

type PgClient = {
  _activeQuery?: unknown
  _queryQueue?: unknown[]
  end?: () => unknown
  release?: () => void
}
type PgPool = {
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
  end: () => Promise<void>
  ended?: boolean
}
const isBusy = (client: PgClient): boolean =>
  Boolean(client._activeQuery) || (client._queryQueue?.length ?? 0) > 0

/** How long running queries are waited for, and then the pool's end. */
const WAIT_MS = 5_000

/** Whether `ending` settles within `ms` (a timer that keeps no process alive). */
const endsWithin = (ending: Promise<unknown>, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    timer.unref()
    const settled = () => {
      clearTimeout(timer)
      resolve(true)
    }
    ending.then(settled, settled)
  })

type SqlHandles = { client?: { close?: () => void }; pool?: PgPool }

/**
 * `payload.destroy()` stops crons and resets the adapter, but the SQL adapters keep their connections:
 * db-postgres checks out one pool client at connect and never releases it, and db-sqlite leaves its
 * libsql client open. This closes them too, and the rate-limit counters' own connections, so a
 * process (or a Jest worker) can end.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  const { client, pool } = payload.db as unknown as SqlHandles
  await endsWithin(closeCounterPool(payload), WAIT_MS)
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
    const deadline = Date.now() + WAIT_MS
    while (checkedOut().some(isBusy) && Date.now() < deadline) await sleep(20)
    const stuck = checkedOut().filter(isBusy)
    for (const client of checkedOut()) if (!isBusy(client)) client.release?.()
    // A query still running now waits on something that will not come (a lock a leaked
    // transaction holds): `pool.end()` would wait for it for ever. Its connection is closed (the
    // query fails, the server rolls its transaction back), and the pool is given WAIT_MS more.
    if (stuck.length)
      payload.logger.warn(`Closing the database: ${stuck.length} queries still running, closed.`)
    for (const client of stuck) client.end?.()
    if (!(await endsWithin(pool.end(), WAIT_MS)))
      payload.logger.warn('Closing the database: the pool did not end; left behind.')
  }
  client?.close?.()
}
