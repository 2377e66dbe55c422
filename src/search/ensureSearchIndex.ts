import type { Payload } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'
import { reindexSearch } from './reindexSearch'
import { ensureSearchTables, searchEngineOf } from './searchEngineOf'

/** Whether there is anything to index (false before the schema exists, e.g. migrations pending). */
const hasPublished = async (payload: Payload): Promise<boolean> => {
  try {
    for (const collection of [collectionNames.speakers, collectionNames.interviews]) {
      const { totalDocs } = await payload.count({
        collection,
        where: { _status: { equals: 'published' } },
      })
      if (totalDocs > 0) return true
    }
  } catch (err) {
    payload.logger.warn({ err }, 'Search index not built: the content tables cannot be read yet')
  }
  return false
}

/**
 * At start: the index's tables, and the index itself built once when it is empty but published
 * documents exist (a database from before search). Afterwards hooks keep it current; `npm run
 * search:reindex` rebuilds it on demand.
 */
export const ensureSearchIndex = async (payload: Payload): Promise<void> => {
  const engine = searchEngineOf(payload)
  if (!engine) return
  await ensureSearchTables(payload)
  if (!(await engine.isEmpty()) || !(await hasPublished(payload))) return
  payload.logger.info('Search index is empty: building it from the published documents')
  await reindexSearch({
    onProgress: ({ collection, done, total }) =>
      payload.logger.info(`Search index: ${collection} ${done}/${total}`),
    payload,
  })
}
