import type { CollectionAfterChangeHook } from 'payload'

import { reindexEntriesOfTopic } from '../../src/search/reindexEntriesOfTopic'
import { parentIdOf } from '../../src/search/topicTree'

/**
 * A topic moved under another parent: the entries holding it are written again with their new
 * ancestors, in the save's transaction. A rename needs nothing: topic names are read per search.
 */
export const reindexEntriesOfMovedTopic: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || parentIdOf(doc) === parentIdOf(previousDoc)) return doc
  await reindexEntriesOfTopic(req, doc.id)
  return doc
}
