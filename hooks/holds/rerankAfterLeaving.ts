import type { CollectionAfterChangeHook } from 'payload'

import { rangeOf } from '../../src/holds/holdRange'
import { activeHoldStatuses, type HoldStatus } from '../../src/holds/holdStatuses'
import { rerankHolds } from '../../src/holds/rerankHolds'
import { idOf } from '../../src/utilities/idOf'

/** A hold released (or expired) frees its place: the holds behind it on its days move up. */
export const rerankAfterLeaving: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const wasActive = activeHoldStatuses.includes(previousDoc?.status as HoldStatus)
  const isActive = activeHoldStatuses.includes(doc.status as HoldStatus)
  if (operation === 'update' && wasActive && !isActive)
    await rerankHolds(req, idOf(doc.speaker) as number | string, rangeOf(doc))
  return doc
}
