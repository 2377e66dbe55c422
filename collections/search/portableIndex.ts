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
 * whose count differs from the count its copy of the index was read at reads the index again.
 */
export const SearchChanges: CollectionConfig = {
  ...internal,
  slug: collectionNames.searchChanges,
  // Indexed: every search counts the documents that have it (an exact count on MongoDB).
  fields: [{ name: 'change', type: 'text', index: true, required: true }],
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
