import type { Payload } from 'payload'

import { searchIndexOf } from './searchEngineOf'

/**
 * Where this process's search index stands: `none` (the engine holds nothing in memory: the
 * database's text search, or no index), `warming` (being read), `ready` (in memory), `cold` (the
 * read failed: the first search reads it again).
 */
export type SearchIndexWarmth = 'cold' | 'none' | 'ready' | 'warming'

export type WarmingSearchIndex = {
  /** Settles once the read has ended (never rejects). */
  done: Promise<void>
  state: () => SearchIndexWarmth
}

/**
 * Reads the portable index into this process's memory in the background, so that the first search
 * after a start does not wait for it (at 50k speakers and 200k interviews, seconds), and tells how
 * far it is (`/readyz`). The server calls it; a worker, which never searches, does not hold the copy.
 */
export const warmSearchIndex = (payload: Payload): WarmingSearchIndex => {
  const warm = searchIndexOf(payload)?.warm
  if (!warm) return { done: Promise.resolve(), state: () => 'none' }
  let state: SearchIndexWarmth = 'warming'
  const started = Date.now()
  const done = warm().then(
    () => {
      state = 'ready'
      payload.logger.info(`Search index read into memory in ${Date.now() - started} ms`)
    },
    (err: unknown) => {
      state = 'cold'
      payload.logger.error({ err }, 'Search index: reading it into memory failed')
    },
  )
  return { done, state: () => state }
}
