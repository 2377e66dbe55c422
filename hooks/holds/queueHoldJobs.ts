import type { CollectionAfterChangeHook } from 'payload'

import { HOLD_TASKS } from '../../src/vocabulary/taskNames'

/**
 * With the hold, in its transaction: its expiry (again when staff move it: the earlier job finds
 * the hold not yet due and leaves it), and, for a hold behind another, word to the staff member of
 * the hold ranked first.
 */
export const queueHoldJobs: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const input = { holdId: String(doc.id) }
  const expiryMoved =
    operation === 'create' ||
    new Date(doc.expiresAt).getTime() !== new Date(previousDoc?.expiresAt).getTime()
  if (doc.status === 'held' && expiryMoved)
    await req.payload.jobs.queue({
      input,
      req,
      task: HOLD_TASKS.expire,
      waitUntil: new Date(doc.expiresAt),
    })
  if (operation === 'create' && (doc.rank ?? 1) > 1)
    await req.payload.jobs.queue({
      input: { ...input, change: 'challenged' },
      req,
      task: HOLD_TASKS.notify,
    })
  return doc
}
