import type { Payload, Where } from 'payload'

import { ValidationError } from 'payload'

import type { PortableWrites } from './portableWrites'
import type { SearchableCollection, SearchEngine } from './types'

import { collectionNames } from '../../vocabulary/collectionNames'
import { keyOf } from './memoryIndex'
import { portableAdapterWrites } from './portableAdapterWrites'
import { type ChangeDoc, type ChangeMark, type EntryDoc, portableCopy } from './portableCopy'
import { PRUNED_KEY } from './prunePortableChanges'

type DocIdDoc = { docId: string }
type MetaDoc = { id: number | string; key: string; value: string }

const ENTRIES = collectionNames.searchEntries
const CHANGES = collectionNames.searchChanges
const META = collectionNames.searchMeta

const ofCollection = (collection: SearchableCollection): Where => ({
  searchable: { equals: collection },
})

/** Payload's answer to a write by `where`: the errors are returned, not thrown. */
const throwErrors = ({ errors }: { errors: { message: string }[] }): void => {
  if (errors.length) throw new Error(`Search index: ${errors.map((e) => e.message).join('; ')}`)
}

/**
 * The index as Payload documents (collections/search/portableIndex.ts), so on any database Payload
 * has an adapter for (MongoDB's text index finds neither a word's beginning nor a typo): each
 * document's entry written in the request's transaction, every write recorded in
 * `search-changes` with the entries it touched. Searches run over a copy of all entries in this
 * process's memory (memoryIndex.ts), brought up to date before each search by the changes
 * committed since (portableCopy.ts), so the next request sees what any instance committed.
 * `writes` puts and removes entries with their change records: by SQL statements of its own on a
 * SQL database (portableSqlWrites.ts), through Payload's adapter by default.
 */
export const portableSearchEngine = (
  payload: Payload,
  writes: PortableWrites = portableAdapterWrites(payload),
): SearchEngine => {
  const local = payload as unknown as {
    count: (args: object) => Promise<{ totalDocs: number }>
    create: (args: object) => Promise<unknown>
    delete: (args: object) => Promise<{ errors: { message: string }[] }>
    update: (args: object) => Promise<unknown>
  }
  // The adapter's own reads: these documents have no hooks, access or fields to read, and a
  // search reads them (Payload's Local API costs a millisecond and more each).
  const db = payload.db as unknown as {
    count: (args: object) => Promise<{ totalDocs: number }>
    find: <T>(args: object) => Promise<{ docs: T[] }>
  }
  const read = async <T>(
    collection: string,
    where: Where,
    { limit = 0, select }: { limit?: number; select?: object } = {},
  ): Promise<T[]> =>
    (await db.find<T>({ collection, limit, pagination: false, select, sort: 'id', where })).docs
  const entriesWhere = <T>(where: Where, select?: object, limit?: number) =>
    read<T>(ENTRIES, where, { limit, select })

  const metaOf = async (key: string): Promise<MetaDoc | undefined> =>
    (await read<MetaDoc>(META, { key: { equals: key } }, { limit: 1 }))[0]

  const changesWhere = <T>(where: Where, select?: object): Promise<T[]> =>
    read<T>(CHANGES, where, { select })

  const indexNow = portableCopy({
    changesOf: (ids) => changesWhere<ChangeDoc>({ id: { in: ids } }),
    changesSince: (at) =>
      changesWhere<ChangeMark>({ at: { greater_than_equal: at } }, { at: true }),
    // With a condition: MongoDB counts exactly (countDocuments, committed documents), not from
    // its estimate, which counts an insert before its transaction commits.
    // The records left and those pruned (prunePortableChanges): pruning is no change.
    countChanges: async () => {
      const { totalDocs } = await db.count({
        collection: CHANGES,
        where: { change: { exists: true } },
      })
      return totalDocs + Number((await metaOf(PRUNED_KEY))?.value ?? 0)
    },
    entriesAfter: (after, limit) =>
      entriesWhere<EntryDoc>(
        after === null ? {} : { id: { greater_than: after } },
        { entry: true, key: true },
        limit,
      ),
    entriesOf: (keys) => entriesWhere<EntryDoc>({ key: { in: keys } }, { entry: true, key: true }),
  })

  return {
    // Of two processes finding no claim (or the same stale one), one creates it: the key is unique.
    claimBuild: async (staleAfterMs) => {
      const now = new Date()
      const held = await metaOf('build')
      if (held) {
        if (held.value >= new Date(now.getTime() - staleAfterMs).toISOString()) return false
        throwErrors(await local.delete({ collection: META, where: { id: { equals: held.id } } }))
      }
      try {
        await local.create({ collection: META, data: { key: 'build', value: now.toISOString() } })
        return true
      } catch (err) {
        if (err instanceof ValidationError) return false
        throw err
      }
    },

    clear: (collection) =>
      writes.remove({ searchable: collection }, { change: 'clear', keys: null }, undefined),

    docIds: async (collection) =>
      (await entriesWhere<DocIdDoc>(ofCollection(collection), { docId: true })).map(
        ({ docId }) => docId,
      ),

    // From the copy (every instance's commits): an indexed lookup, not a read of every entry.
    docIdsWithValue: async (collection, kind, value) =>
      (await indexNow()).docIdsWithValue(collection, kind, value),

    format: async () => (await metaOf('format'))?.value ?? null,

    isEmpty: async () => (await local.count({ collection: ENTRIES })).totalDocs === 0,

    put: async (entries, req) => {
      if (entries.length === 0) return
      const keys = entries.map((entry) => keyOf(entry.collection, entry.docId))
      // One write per key (an upsert may not touch a row twice): the last entry given wins.
      const rows = [
        ...new Map(entries.map((entry, i) => [keys[i], { entry, key: keys[i] }])).values(),
      ]
      await writes.put(rows, { change: 'put', keys }, req)
    },

    releaseBuild: async () => {
      throwErrors(await local.delete({ collection: META, where: { key: { equals: 'build' } } }))
    },

    remove: async (collection, docIds, req) => {
      if (docIds.length === 0) return
      const keys = docIds.map((docId) => keyOf(collection, docId))
      await writes.remove({ keys }, { change: 'remove', keys }, req)
    },

    search: async (plan) => (await indexNow()).search(plan),

    setFormat: async (format) => {
      const held = await metaOf('format')
      if (held) await local.update({ collection: META, data: { value: format }, id: held.id })
      else await local.create({ collection: META, data: { key: 'format', value: format } })
    },

    typoCandidates: async (words) => (await indexNow()).typoCandidates(words),

    typoPrefixCandidates: async (words) => (await indexNow()).typoPrefixCandidates(words),

    warm: async () => {
      await indexNow()
    },
  }
}
