import type { Payload } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'
import { reindexSearch } from './reindexSearch'
import { markOtherSearchIndexStale } from './markOtherSearchIndexStale'
import { ensureSearchTables, recreateSearchTables, searchIndexOf } from './searchEngineOf'

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
 * (2: an entry's topics with their ancestors, in its row as JSON too, values kept per collection;
 * PostgreSQL's text in the row as it is inserted; 3: family names' other usual spellings;
 * 4: Korean given names' usual spellings; 5: typos reach every word, short bios' and interview texts' too;
 * 6: Chinese given names' other readings).
 */
export const SEARCH_INDEX_FORMAT = '6'

/** How long a claim to build the index holds: a process that died building it leaves it to the next. */
const BUILD_CLAIM_MS = 30 * 60_000

/**
 * At start: the index's tables, and the index built from the published documents when it is empty
 * (a database from before search) or of an older format (its tables are then dropped and made
 * again: search answers fully once the build is done). One process builds, the first to claim it:
 * instances starting together (or the server and `npm run worker`) do not build over each other.
 * Afterwards hooks keep it current; `npm run search:reindex` rebuilds it on demand, in place. The
 * other engine's index, which nothing keeps current while this one runs, is marked stale, so that
 * switching back builds it again.
 */
export const ensureSearchIndex = async (payload: Payload): Promise<void> => {
  const engine = searchIndexOf(payload)
  if (!engine) return
  // The database's text search makes its own tables, whatever the migrations.
  await ensureSearchTables(payload)
  // Before anything else of the index is read: the portable index's tables may be pending too.
  const published = await hasPublished(payload)
  if (published === undefined) return
  await markOtherSearchIndexStale(payload)
  const isCurrent = async () => (await engine.format()) === SEARCH_INDEX_FORMAT
  if ((await isCurrent()) && !(await engine.isEmpty())) return
  if (!(await engine.claimBuild(BUILD_CLAIM_MS))) {
    payload.logger.info('Search index: another process is building it')
    return
  }
  try {
    const current = await isCurrent()
    if (current && !(await engine.isEmpty())) return
    if (!current) await recreateSearchTables(payload)
    if (published) {
      payload.logger.info(
        current
          ? 'Search index is empty: building it from the published documents'
          : `Search index is of an older format: building it again (format ${SEARCH_INDEX_FORMAT})`,
      )
      await reindexSearch({
        onProgress: ({ collection, done, total }) =>
          payload.logger.info(`Search index: ${collection} ${done}/${total}`),
        payload,
      })
    }
    await engine.setFormat(SEARCH_INDEX_FORMAT)
  } finally {
    await engine.releaseBuild()
  }
}
