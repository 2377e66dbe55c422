import type { Payload } from 'payload'

import { searchIndexOf } from './searchEngineOf'

/**
 * Reads the portable index into this process's memory in the background, so that the first search
 * after a start does not wait for it (at 50k speakers and 200k interviews, seconds). The server
 * calls it; a worker, which never searches, does not hold the copy.
 */
export const warmSearchIndex = (payload: Payload): void => {
  const warm = searchIndexOf(payload)?.warm
  if (!warm) return
  const started = Date.now()
  warm().then(
    () => payload.logger.info(`Search index read into memory in ${Date.now() - started} ms`),
    (err: unknown) => payload.logger.error({ err }, 'Search index: reading it into memory failed'),
  )
}
