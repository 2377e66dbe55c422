import type { Payload } from 'payload'

import type { SearchIndexWarmth } from '../search/warmSearchIndex'

import { checkDatabase } from './checkDatabase'

export type ReadinessReport = {
  body: { db: 'error' | 'ok'; searchIndex: SearchIndexWarmth; status: 'error' | 'ok' | 'starting' }
  statusCode: 200 | 503
}

type Args = {
  payload: Payload
  /** Where the search index stands (warmSearchIndex). */
  searchIndex: () => SearchIndexWarmth
  timeoutMs?: number
}

/**
 * Whether this instance should get traffic (`/readyz`, for a load balancer's readiness probe): the
 * database answers and the search index is no longer being read into memory. A failed read does
 * not hold an instance back (its first search reads again). `/healthz` says only whether it lives.
 */
export const checkReadiness = async ({
  payload,
  searchIndex,
  timeoutMs,
}: Args): Promise<ReadinessReport> => {
  const health = await checkDatabase({ payload, timeoutMs })
  const warmth = searchIndex()
  if (health.statusCode !== 200)
    return { body: { ...health.body, searchIndex: warmth }, statusCode: 503 }
  if (warmth === 'warming')
    return { body: { db: 'ok', searchIndex: warmth, status: 'starting' }, statusCode: 503 }
  return { body: { db: 'ok', searchIndex: warmth, status: 'ok' }, statusCode: 200 }
}
