import type { CollectionConfig, Config, Payload } from 'payload'

import type { SearchOptions } from '../types'

import { SearchChanges, SearchEntries, SearchMeta } from '../../collections/search/portableIndex'

/** The adapters whose own text search can keep the index (sqlSearchEngine.ts). */
const WITH_TEXT_SEARCH = ['postgres', 'sqlite']

/** The config.custom key the plugin keeps its search engine under (read by searchEngineOf). */
export const SEARCH_ENGINE_KEY = 'speakersBureauSearchEngine'

export type SearchEngineName = NonNullable<SearchOptions['engine']>

/**
 * Where the plugin keeps the index: as asked, else `portable` on every database (the one engine
 * that counts exact facets over 10,000 matches at 50k speakers within the bench's targets, see the
 * README's Performance). `database` on a database without a text search of ours is refused,
 * naming the option.
 */
export const searchEngineChoice = (
  db: Config['db'] | undefined,
  { engine }: SearchOptions,
): SearchEngineName => {
  if (engine !== undefined && engine !== 'database' && engine !== 'portable') {
    throw new Error(
      `speakersBureauPlugin: search.engine must be "database" or "portable" (or unset), not ${JSON.stringify(engine)}.`,
    )
  }
  const name = (db as { name?: string } | undefined)?.name ?? 'unknown'
  const hasTextSearch = WITH_TEXT_SEARCH.includes(name)
  if (engine === 'database' && !hasTextSearch) {
    throw new Error(
      `speakersBureauPlugin: search.engine "database" needs SQLite or PostgreSQL (this database adapter is "${name}"); leave it unset or set "portable".`,
    )
  }
  return engine ?? 'portable'
}

/**
 * The portable index's collections, on every database whichever engine is chosen: their tables
 * are in the migrations, so a bureau switches `search.engine` without a migration of its own (on
 * the `database` engine they stay empty).
 */
export const searchIndexCollections: CollectionConfig[] = [SearchEntries, SearchChanges, SearchMeta]

/** The engine the plugin set up on this Payload (none if it did not set this Payload up). */
export const searchEngineNameOf = (payload: Payload): SearchEngineName | undefined =>
  payload.config.custom?.[SEARCH_ENGINE_KEY] as SearchEngineName | undefined
