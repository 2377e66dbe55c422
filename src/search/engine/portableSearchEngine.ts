import type { Payload, PayloadRequest, Where } from 'payload'

import { ValidationError } from 'payload'

import type { SearchableCollection, SearchEngine, SearchEntry } from './types'

import { collectionNames } from '../../vocabulary/collectionNames'
import { hasAnyValue } from './entryValues'
import { buildMemoryIndex, type MemoryIndex } from './memoryIndex'

type Req = Partial<PayloadRequest> | undefined
type EntryDoc = { docId: string; entry: SearchEntry; id: number | string; key: string }
type MetaDoc = { id: number | string; key: string; value: string }

const ENTRIES = collectionNames.searchEntries
const CHANGES = collectionNames.searchChanges
const META = collectionNames.searchMeta

const keyOf = (collection: SearchableCollection, docId: string): string => `${collection}:${docId}`

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
 * document's entry written in the request's transaction, every write counted in `search-changes`.
 * Searches run over a copy of all entries in this process's memory (memoryIndex.ts), read again
 * whenever that count has moved since, so the next request sees what any instance committed.
 * Memory and the re-read grow with the entries: meant for bureaus of up to some thousands of
 * speakers and interviews; larger ones use PostgreSQL's.
 */
export const portableSearchEngine = (payload: Payload): SearchEngine => {
  const local = payload as unknown as {
    count: (args: object) => Promise<{ totalDocs: number }>
    create: (args: object) => Promise<unknown>
    delete: (args: object) => Promise<{ errors: { message: string }[] }>
    find: <T>(args: object) => Promise<{ docs: T[] }>
    update: (args: object) => Promise<unknown>
  }
  const entriesWhere = <T>(where: Where, req?: Req, select?: object) =>
    local.find<T>({
      collection: ENTRIES,
      depth: 0,
      pagination: false,
      req,
      select,
      sort: 'id',
      where,
    })

  const recordChange = async (change: string, req?: Req): Promise<void> => {
    await local.create({ collection: CHANGES, data: { change }, depth: 0, req })
  }

  const metaOf = async (key: string): Promise<MetaDoc | undefined> =>
    (
      await local.find<MetaDoc>({
        collection: META,
        depth: 0,
        limit: 1,
        where: { key: { equals: key } },
      })
    ).docs[0]

  let copy: { changes: number; index: Promise<MemoryIndex> } | undefined
  const indexNow = async (): Promise<MemoryIndex> => {
    // With a condition: MongoDB counts exactly (countDocuments, committed documents), not from
    // its estimate, which counts an insert before its transaction commits.
    const { totalDocs: changes } = await local.count({
      collection: CHANGES,
      where: { change: { exists: true } },
    })
    if (copy?.changes !== changes) {
      const read = entriesWhere<EntryDoc>({}, undefined, { entry: true })
      copy = { changes, index: read.then(({ docs }) => buildMemoryIndex(docs.map((d) => d.entry))) }
    }
    const { index } = copy
    try {
      return await index
    } catch (err) {
      if (copy?.index === index) copy = undefined
      throw err
    }
  }

  const removeWhere = async (where: Where, req?: Req): Promise<void> => {
    throwErrors(await local.delete({ collection: ENTRIES, depth: 0, req, where }))
    await recordChange('remove', req)
  }

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

    clear: (collection) => removeWhere(ofCollection(collection)),

    docIds: async (collection) =>
      (await entriesWhere<EntryDoc>(ofCollection(collection), undefined, { docId: true })).docs.map(
        ({ docId }) => docId,
      ),

    docIdsWithValue: async (collection, kind, value, req) =>
      (
        await entriesWhere<EntryDoc>(ofCollection(collection), req, { docId: true, entry: true })
      ).docs
        .filter(({ entry }) => hasAnyValue(entry, kind, [value]))
        .map(({ docId }) => docId),

    format: async () => (await metaOf('format'))?.value ?? null,

    isEmpty: async () => (await local.count({ collection: ENTRIES })).totalDocs === 0,

    put: async (entries, req) => {
      if (entries.length === 0) return
      for (const entry of entries) {
        const key = keyOf(entry.collection, entry.docId)
        const data = { docId: entry.docId, entry, key, searchable: entry.collection }
        const [held] = (await entriesWhere<EntryDoc>({ key: { equals: key } }, req, { key: true }))
          .docs
        if (held) await local.update({ collection: ENTRIES, data, depth: 0, id: held.id, req })
        else await local.create({ collection: ENTRIES, data, depth: 0, req })
      }
      await recordChange('put', req)
    },

    releaseBuild: async () => {
      throwErrors(await local.delete({ collection: META, where: { key: { equals: 'build' } } }))
    },

    remove: async (collection, docIds, req) => {
      if (docIds.length === 0) return
      await removeWhere({ key: { in: docIds.map((docId) => keyOf(collection, docId)) } }, req)
    },

    search: async (plan) => (await indexNow()).search(plan),

    setFormat: async (format) => {
      const held = await metaOf('format')
      if (held) await local.update({ collection: META, data: { value: format }, id: held.id })
      else await local.create({ collection: META, data: { key: 'format', value: format } })
    },

    typoCandidates: async (words) => (await indexNow()).typoCandidates(words),

    typoPrefixCandidates: async (words) => (await indexNow()).typoPrefixCandidates(words),
  }
}
