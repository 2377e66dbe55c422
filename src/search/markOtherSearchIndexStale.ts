import type { Payload } from 'payload'

import { otherSearchIndexOf } from './searchEngineOf'

/** A format no release writes: an index holding it is built again at its engine's next start. */
export const STALE_SEARCH_INDEX_FORMAT = 'stale'

/**
 * Marks the index of the engine not in use as stale, if it holds a format: nothing keeps it current
 * while the other engine runs (a bureau that switched `search.engine`, or whose default changed), so
 * switching back must build it again rather than answer from what it held then. An engine never
 * used has no format (or no tables: nothing to mark).
 */
export const markOtherSearchIndexStale = async (payload: Payload): Promise<void> => {
  const other = otherSearchIndexOf(payload)
  if (!other) return
  let format: null | string
  try {
    format = await other.format()
  } catch {
    // Its tables were never made (the database's text search, never used here).
    return
  }
  if (format === null || format === STALE_SEARCH_INDEX_FORMAT) return
  payload.logger.info(
    `Search index: the other engine's index (format ${format}) is marked stale; it is built again if that engine is used`,
  )
  await other.setFormat(STALE_SEARCH_INDEX_FORMAT)
}
