import type { PayloadRequest } from 'payload'

import { chunks } from '../utilities/chunks'
import { collectionNames } from '../vocabulary/collectionNames'
import { indexedDocIds, indexPublicVersions } from './indexPublicVersion'
import { lockSearchIndex } from './lockSearchIndex'
import { loadTopicParents } from './topicTree'

/** Documents re-indexed per round. */
const BATCH = 200

/**
 * Writes again, in the request's transaction, the entries holding a topic (its own documents and
 * its subtopics', which hold it as an ancestor), from the documents and the topic tree as they are
 * now: after the topic moved under another parent, or was deleted.
 */
export const reindexEntriesOfTopic = async (
  req: PayloadRequest,
  topicId: number | string,
): Promise<void> => {
  await lockSearchIndex(req)
  const topicParents = await loadTopicParents(req)
  for (const collection of [collectionNames.speakers, collectionNames.interviews]) {
    const ids = await indexedDocIds(req, collection, 'topic', topicId)
    for (const batch of chunks(ids, BATCH))
      await indexPublicVersions(req, collection, batch, topicParents)
  }
}
