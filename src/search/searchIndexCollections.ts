import type { CollectionConfig, Config } from 'payload'

import type { SearchOptions } from '../types'

import { SearchChanges, SearchEntries, SearchMeta } from '../../collections/search/portableIndex'

/** The adapters whose own text search keeps the index (sqlSearchEngine.ts). */
const WITH_TEXT_SEARCH = ['postgres', 'sqlite']

/**
 * The collections of the portable index when the plugin keeps it as Payload documents: when asked
 * to, and by default on a database without a text search of ours (MongoDB). None otherwise.
 */
export const searchIndexCollections = (
  db: Config['db'] | undefined,
  { engine }: SearchOptions,
): CollectionConfig[] => {
  const name = (db as { name?: string } | undefined)?.name ?? 'unknown'
  const hasTextSearch = WITH_TEXT_SEARCH.includes(name)
  if (engine === 'database' && !hasTextSearch) {
    throw new Error(
      `speakersBureauPlugin: search.engine "database" needs SQLite or PostgreSQL (this database adapter is "${name}"); leave it unset or set "portable".`,
    )
  }
  return (engine ?? (hasTextSearch ? 'database' : 'portable')) === 'portable'
    ? [SearchEntries, SearchChanges, SearchMeta]
    : []
}
