import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/** Written and read by the index only (overrideAccess), never edited by a person nor shown. */
const internal = {
  access: { create: nobody, delete: nobody, read: nobody, update: nobody },
  admin: { hidden: true },
  graphQL: false,
  lockDocuments: false,
  timestamps: false,
} satisfies Partial<CollectionConfig>

/**
 * The portable search index (src/search/engine/portableSearchEngine.ts), on any Payload database:
 * one document per published speaker or interview, its SearchEntry as JSON.
 */
export const SearchEntries: CollectionConfig = {
  ...internal,
  slug: collectionNames.searchEntries,
  fields: [
    // `speakers:12`: one entry per document.
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'searchable', type: 'text', index: true, required: true },
    { name: 'docId', type: 'text', required: true },
    { name: 'entry', type: 'json', required: true },
  ],
}

/**
 * One document per write to the index, in the writer's transaction, never updated: a process
 * whose count differs from the count it has applied reads the recent changes it has not, and the
 * entries they name (or, if that does not bring the counts together, the whole index again).
 */
export const SearchChanges: CollectionConfig = {
  ...internal,
  slug: collectionNames.searchChanges,
  fields: [
    // Indexed: every search counts the documents that have it (an exact count on MongoDB).
    { name: 'change', type: 'text', index: true, required: true },
    // The entries written or removed (`speakers:12`); none: a whole collection was emptied.
    { name: 'keys', type: 'json' },
    // When (ms since 1970, the writer's clock): the recent changes are read by it.
    { name: 'at', type: 'number', index: true, required: true },
  ],
}

/** The index's format and the claim to build it (see SearchEngine). */
export const SearchMeta: CollectionConfig = {
  ...internal,
  slug: collectionNames.searchMeta,
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'value', type: 'text', required: true },
  ],
}
