import type { CollectionAfterDeleteHook } from 'payload'

import { reindexEntriesOfTopic } from '../../src/search/reindexEntriesOfTopic'

/**
 * A deleted topic leaves the entries that held it (its documents' and, as an ancestor, its
 * subtopics'), in the delete's transaction: no search finds them under it, nor under a topic
 * created later with its id (SQLite gives the next row the highest id again).
 */
export const reindexEntriesOfDeletedTopic: CollectionAfterDeleteHook = async ({ id, req }) => {
  await reindexEntriesOfTopic(req, id)
}
