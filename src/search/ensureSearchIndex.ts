import type { Payload } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'
import { reindexSearch } from './reindexSearch'
import { ensureSearchTables, searchEngineOf } from './searchEngineOf'

/** Whether there is anything to index (undefined before the schema exists: migrations pending). */
const hasPublished = async (payload: Payload): Promise<boolean | undefined> => {
  try {
    for (const collection of [collectionNames.speakers, collectionNames.interviews]) {
      const { totalDocs } = await payload.count({
        collection,
        where: { _status: { equals: 'published' } },
      })
      if (totalDocs > 0) return true
    }
    return false
  } catch (err) {
    payload.logger.warn({ err }, 'Search index not built: the content tables cannot be read yet')
    return undefined
  }
}

/**
 * What the entries hold and how; raised whenever entries written before must be written again
 * (2: an entry's topics with their ancestors, values kept per collection).
 */
export const SEARCH_INDEX_FORMAT = '2'

/**
 * At start: the index's tables, and the index itself built when it is empty but published documents
 * exist (a database from before search), or rebuilt in place when its entries are of an older
 * format. Afterwards hooks keep it current; `npm run search:reindex` rebuilds it on demand.
 */
export const ensureSearchIndex = async (payload: Payload): Promise<void> => {
  const engine = searchEngineOf(payload)
  if (!engine) return
  await ensureSearchTables(payload)
  const [format, empty] = [await engine.format(), await engine.isEmpty()]
  if (format === SEARCH_INDEX_FORMAT && !empty) return
  const published = await hasPublished(payload)
  if (published === undefined) return
  if (published) {
    payload.logger.info(
      empty
        ? 'Search index is empty: building it from the published documents'
        : `Search index is of an older format: rebuilding it (format ${SEARCH_INDEX_FORMAT})`,
    )
    await reindexSearch({
      onProgress: ({ collection, done, total }) =>
        payload.logger.info(`Search index: ${collection} ${done}/${total}`),
      payload,
    })
  }
  await engine.setFormat(SEARCH_INDEX_FORMAT)
}
