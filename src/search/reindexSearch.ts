import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { SearchableCollection, SearchEngine } from './engine/types'

import { idKindOf, isPossibleId } from '../queries/idKind'
import { payloadIdsOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { inTransaction } from '../utilities/inTransaction'
import { entryFields } from './buildSearchEntry'
import { entriesOf, indexPublicVersions } from './indexPublicVersion'
import { lockSearchIndex } from './lockSearchIndex'
import { readPublished } from './readPublished'
import { analyzeSearchTables, searchEngineOf } from './searchEngineOf'

export type ReindexProgress = {
  collection: SearchableCollection
  done: number
  removed?: number
  total: number
}

type Args = {
  batchSize?: number
  collections?: SearchableCollection[]
  /** Told after every page; awaited, so what it does happens before the next page is read. */
  onProgress?: (progress: ReindexProgress) => Promise<void> | void
  payload: Payload
  /** A request whose transaction to write in (a migration's); a fresh one by default. */
  req?: PayloadRequest
}

type Doc = Record<string, any>

/**
 * Writes the entries of one page of published documents (by id, after `after`) and returns them.
 * Under the index's lock, in a transaction of its own (or the caller's), as a save's hooks write:
 * a save meanwhile waits, or is read here once committed, never written back over with what it
 * replaced. Keyset pages, not OFFSET, which reads every skipped row again (page 40 of 20k
 * interviews took five times as long as page 1).
 */
const indexPage = (
  engine: SearchEngine,
  req: PayloadRequest,
  collection: SearchableCollection,
  after: null | number | string,
  batchSize: number,
): Promise<Doc[]> =>
  inTransaction(req, async () => {
    await lockSearchIndex(req)
    const docs = await readPublished({
      collection,
      limit: batchSize,
      req,
      select: entryFields[collection],
      where: after === null ? {} : { id: { greater_than: after } },
    })
    await engine.put(await entriesOf(req, collection, docs), req)
    return docs
  })

/**
 * Entries of documents the pages did not hold: indexed again from what is published now (a
 * document published after its page was read is kept; the others' entries go), under the lock.
 * An entry whose id no document of this database can have goes at once (it cannot be looked up).
 */
const dropUnseen = (
  engine: SearchEngine,
  req: PayloadRequest,
  collection: SearchableCollection,
  seen: Set<string>,
): Promise<number> =>
  inTransaction(req, async () => {
    await lockSearchIndex(req)
    const unseen = (await engine.docIds(collection, req)).filter((id) => !seen.has(id))
    const kind = idKindOf({ db: req.payload.db })
    const impossible = unseen.filter((id) => !isPossibleId(id, kind))
    await engine.remove(collection, impossible, req)
    const possible = unseen.filter((id) => isPossibleId(id, kind))
    return (
      impossible.length +
      (await indexPublicVersions(req, collection, payloadIdsOf(req.payload, possible)))
    )
  })

const reindexCollection = async (
  payload: Payload,
  req: PayloadRequest,
  collection: SearchableCollection,
  batchSize: number,
  onProgress: NonNullable<Args['onProgress']>,
): Promise<void> => {
  const engine = searchEngineOf(payload)
  const seen = new Set<string>()
  const { totalDocs: total } = await payload.count({
    collection,
    req,
    where: { _status: { equals: 'published' } },
  })
  let done = 0
  for (let after: null | number | string = null, hasMore = true; hasMore;) {
    const docs = await indexPage(engine, req, collection, after, batchSize)
    for (const doc of docs) seen.add(String(doc.id))
    done += docs.length
    hasMore = docs.length === batchSize
    after = docs.at(-1)?.id ?? after
    if (docs.length) await onProgress({ collection, done, total: Math.max(total, done) })
  }
  const removed = await dropUnseen(engine, req, collection, seen)
  await onProgress({ collection, done, removed, total: done })
}

/**
 * Rebuilds the search index from the published documents (`npm run search:reindex`): every entry
 * is rewritten in place and entries of documents no longer published are removed at the end, so
 * search keeps answering while it runs; then the planner's statistics are brought up to date.
 */
export const reindexSearch = async ({
  batchSize = 500,
  collections = [collectionNames.speakers, collectionNames.interviews],
  onProgress = () => {},
  payload,
  req: given,
}: Args): Promise<void> => {
  const req = given ?? (await createLocalReq({}, payload))
  for (const collection of collections) {
    await reindexCollection(payload, req, collection, batchSize, onProgress)
  }
  // The planner's statistics of the rebuilt tables (not in a migration's transaction: it runs after).
  if (!given) await analyzeSearchTables(payload)
}
