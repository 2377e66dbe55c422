import type { PayloadRequest } from 'payload'

import type { JobRow } from './jobsAbout'

import { collectionNames } from '../vocabulary/collectionNames'
import { groupJobsByRequest } from './groupJobsByRequest'
import { jobsAbout } from './jobsAbout'

/**
 * The job records of a batch of booking requests (their own, their proposals', their holds'), by
 * request id (`String(id)`): one read of their proposals and holds, one pass over the queue for
 * the whole batch, not one per request.
 */
export const jobsOfRequests = async (
  req: PayloadRequest,
  requestIds: (number | string)[],
): Promise<Map<string, JobRow[]>> => {
  if (requestIds.length === 0) return new Map()
  const ofRequests = {
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { bookingRequest: true },
    where: { bookingRequest: { in: requestIds } },
  } as const
  const { docs: proposals } = await req.payload.find({
    ...ofRequests,
    collection: collectionNames.proposals,
  })
  const { docs: holds } = await req.payload.find({
    ...ofRequests,
    collection: collectionNames.holds,
  })
  const jobs = await jobsAbout(req, {
    holds: holds.map(({ id }) => String(id)),
    proposals: proposals.map(({ id }) => String(id)),
    requests: requestIds.map(String),
  })
  return groupJobsByRequest({ holds, jobs, proposals, requestIds })
}
