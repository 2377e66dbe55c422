import type { Payload } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'

export type HealthReport = {
  body: { db: 'error' | 'ok'; status: 'error' | 'ok' }
  statusCode: 200 | 503
}

type Args = {
  payload: Payload
  /** Give up on a database that does not answer within this many milliseconds. */
  timeoutMs?: number
}

/** One real round trip to the database (a count of users), whatever the adapter. */
export const checkDatabase = async ({ payload, timeoutMs = 2000 }: Args): Promise<HealthReport> => {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    await Promise.race([
      payload.count({ collection: collectionNames.users, overrideAccess: true }),
      timeout,
    ])
    return { body: { db: 'ok', status: 'ok' }, statusCode: 200 }
  } catch (err) {
    payload.logger.warn({ err, msg: 'Health check: database unreachable' })
    return { body: { db: 'error', status: 'error' }, statusCode: 503 }
  } finally {
    clearTimeout(timer)
  }
}
