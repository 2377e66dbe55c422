import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/nobody'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { uniqueKeyField } from '../fields/uniqueKeyField'

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
    uniqueKeyField,
    {
      name: 'searchable',
      type: 'text',
      index: true,
      label: { en: 'Collection', zh: '集合' },
      required: true,
    },
    { name: 'docId', type: 'text', label: { en: 'Document', zh: '文档' }, required: true },
    { name: 'entry', type: 'json', label: { en: 'Entry', zh: '索引条目' }, required: true },
  ],
  labels: {
    plural: { en: 'Search entries', zh: '搜索索引条目' },
    singular: { en: 'Search entry', zh: '搜索索引条目' },
  },
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
    {
      name: 'change',
      type: 'text',
      index: true,
      label: { en: 'Change', zh: '变更' },
      required: true,
    },
    // The entries written or removed (`speakers:12`); none: a whole collection was emptied.
    { name: 'keys', type: 'json', label: { en: 'Entries', zh: '条目' } },
    // When (ms since 1970, the writer's clock): the recent changes are read by it.
    {
      name: 'at',
      type: 'number',
      index: true,
      label: { en: 'Written at', zh: '写入时间' },
      required: true,
    },
  ],
  labels: {
    plural: { en: 'Search index changes', zh: '搜索索引变更' },
    singular: { en: 'Search index change', zh: '搜索索引变更' },
  },
}

/** The index's format and the claim to build it (see SearchEngine). */
export const SearchMeta: CollectionConfig = {
  ...internal,
  slug: collectionNames.searchMeta,
  fields: [
    uniqueKeyField,
    { name: 'value', type: 'text', label: { en: 'Value', zh: '值' }, required: true },
  ],
  labels: {
    plural: { en: 'Search index settings', zh: '搜索索引设置' },
    singular: { en: 'Search index setting', zh: '搜索索引设置' },
  },
}
