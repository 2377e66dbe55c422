import type { CollectionAfterChangeHook } from 'payload'

import { releaseEngagement } from '../../src/holds/engagementClaims'

/** A confirmed engagement released (cancelled) frees its speaker's days and its request. */
export const releaseEngagementClaims: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation === 'update' && previousDoc?.status === 'confirmed' && doc.status !== 'confirmed')
    await releaseEngagement(req, doc.id)
  return doc
}
