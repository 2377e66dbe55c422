import type { CollectionAfterDeleteHook } from 'payload'

import { rangeOf } from '../../src/holds/holdRange'
import { activeHoldStatuses, type HoldStatus } from '../../src/holds/holdStatuses'
import { rerankHolds } from '../../src/holds/rerankHolds'
import { idOf } from '../../src/utilities/idOf'

/** An admin deletes a hold that still held its days: the holds behind it move up. */
export const rerankAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (activeHoldStatuses.includes(doc.status as HoldStatus))
    await rerankHolds(req, idOf(doc.speaker) as number | string, rangeOf(doc))
  return doc
}
