import type { CollectionAfterChangeHook } from 'payload'

import { rangeOf } from '../../src/holds/holdRange'
import { rerankHolds } from '../../src/holds/rerankHolds'
import { idOf } from '../../src/utilities/idOf'

/**
 * After a new hold is stored, the speaker's holds on its days are ranked again (older first):
 * where two holds were made at once without a lock between them (SQLite, whose Payload adapter
 * runs without transactions; MongoDB), both counted the same holds before them, and the one made
 * later moves behind. The answer carries the hold's rank as stored.
 */
export const rankCreatedHold: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const ranks = await rerankHolds(req, idOf(doc.speaker) as number | string, rangeOf(doc))
  return { ...doc, rank: ranks.get(String(doc.id)) ?? doc.rank }
}
