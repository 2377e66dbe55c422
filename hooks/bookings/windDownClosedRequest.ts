import type { CollectionAfterChangeHook } from 'payload'

import { revokeProposal } from '../../src/proposals/moveProposal'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/**
 * A request declined or archived before it was confirmed needs nothing held any more: its
 * proposals that are still drafts or out with the client are revoked (their links answer 410), and
 * its holds are released (the holds behind them move up). An archived confirmed request keeps its
 * engagement.
 */
export const windDownClosedRequest: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  if (operation !== 'update' || doc.status === previousDoc?.status) return doc
  const isClosing =
    doc.status === 'declined' || (doc.status === 'archived' && previousDoc?.status !== 'confirmed')
  if (!isClosing) return doc
  const { docs: open } = await req.payload.find({
    collection: collectionNames.proposals,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { sending: true },
    where: { and: [{ bookingRequest: { equals: doc.id } }, { status: { in: ['draft', 'sent'] } }] },
  })
  for (const proposal of open) await revokeProposal({ by: req.user?.id, proposal, req })
  const { docs: held } = await req.payload.find({
    collection: collectionNames.holds,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { status: true },
    where: { and: [{ bookingRequest: { equals: doc.id } }, { status: { equals: 'held' } }] },
  })
  for (const hold of held)
    await req.payload.update({
      collection: collectionNames.holds,
      data: { status: 'released' },
      id: hold.id,
      overrideAccess: true,
      req,
    })
  return doc
}
