import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { SearchableCollection } from './engine/types'

import { collectionNames } from '../vocabulary/collectionNames'
import { entriesOf } from './indexPublicVersion'
import { analyzeSearchTables, searchEngineOf } from './searchEngineOf'
import { loadTopicParents } from './topicTree'

export type ReindexProgress = {
  collection: SearchableCollection
  done: number
  removed?: number
  total: number
}

type Args = {
  batchSize?: number
  collections?: SearchableCollection[]
  onProgress?: (progress: ReindexProgress) => void
  payload: Payload
  /** A request whose transaction to write in (a migration's); a fresh one by default. */
  req?: PayloadRequest
}

const reindexCollection = async (
  payload: Payload,
  req: PayloadRequest,
  collection: SearchableCollection,
  batchSize: number,
  onProgress: (progress: ReindexProgress) => void,
): Promise<void> => {
  const engine = searchEngineOf(payload)
  if (!engine) throw new Error(`Search needs SQLite or PostgreSQL (this is ${payload.db.name}).`)
  const seen = new Set<string>()
  const topicParents = await loadTopicParents(req)
  const published = { _status: { equals: 'published' } }
  const { totalDocs: total } = await payload.count({ collection, req, where: published })
  let done = 0
  // Pages by id (keyset), not by OFFSET, which reads every skipped row again: page 40 of 20k
  // interviews took five times as long as page 1.
  for (let after: null | number | string = null, hasMore = true; hasMore;) {
    const { docs: page } = await payload.find({
      collection,
      depth: 0,
      // No joins (a speaker's interviews, a topic's speakers): not needed here, a query each.
      joins: false,
      draft: false,
      limit: batchSize,
      overrideAccess: true,
      pagination: false,
      req,
      sort: 'id',
      where: after === null ? published : { and: [published, { id: { greater_than: after } }] },
    })
    const docs = page as Record<string, any>[]
    await engine.put(await entriesOf(req, collection, docs, topicParents), req)
    for (const doc of docs) seen.add(String(doc.id))
    done += docs.length
    hasMore = docs.length === batchSize
    after = docs.at(-1)?.id ?? after
    if (docs.length) onProgress({ collection, done, total: Math.max(total, done) })
  }
  const stale = (await engine.docIds(collection, req)).filter((id) => !seen.has(id))
  await engine.remove(collection, stale, req)
  onProgress({ collection, done, removed: stale.length, total: done })
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
