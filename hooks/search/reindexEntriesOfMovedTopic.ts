import type { CollectionAfterChangeHook } from 'payload'

import { indexedDocIds, indexPublicVersions } from '../../src/search/indexPublicVersion'
import { lockSearchIndex } from '../../src/search/lockSearchIndex'
import { loadTopicParents, parentIdOf } from '../../src/search/topicTree'
import { chunks } from '../../src/utilities/chunks'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/** Documents re-indexed per round. */
const BATCH = 200

/**
 * A topic moved under another parent: the entries holding it (its own documents and its
 * subtopics', which hold it as an ancestor) are written again with their new ancestors, in the
 * save's transaction. A rename needs nothing: topic names are read per search.
 */
export const reindexEntriesOfMovedTopic: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || parentIdOf(doc) === parentIdOf(previousDoc)) return doc
  await lockSearchIndex(req)
  const topicParents = await loadTopicParents(req)
  for (const collection of [collectionNames.speakers, collectionNames.interviews]) {
    const ids = await indexedDocIds(req, collection, 'topic', doc.id)
    for (const batch of chunks(ids, BATCH))
      await indexPublicVersions(req, collection, batch, topicParents)
  }
  return doc
}
