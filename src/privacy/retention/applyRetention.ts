import type { PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { BookingRequest } from '../../payload-types'

import { inTransaction } from '../../utilities/inTransaction'
import { collectionNames } from '../../vocabulary/collectionNames'
import { anonymiseBookingRequest } from '../anonymiseBookingRequest'
import { jobsOfRequests } from '../jobsOfRequests'
import { privacySettingsOf } from '../privacyOptions'
import { expiredRequestsWhere } from './retentionCutoffs'

const BATCH = 100

export type RetentionItem = Pick<BookingRequest, 'id' | 'reference' | 'status' | 'updatedAt'>

export type RetentionResult = {
  /** What was (or, in a dry run, would be) anonymised. */
  anonymised: RetentionItem[]
  isDryRun: boolean
}

/**
 * Anonymises every booking request past its retention period (`privacy.retentionMonths`), a batch
 * at a time, each request in its own transaction, logging progress; the queue's job records are
 * read once per batch (jobsOfRequests), not once per request. A dry run only lists them.
 * A request another run anonymised meanwhile is skipped (anonymiseBookingRequest's conditional
 * update), so overlapping runs never do one twice.
 */
export const applyRetention = async ({
  isDryRun = false,
  now = new Date(),
  req,
}: {
  isDryRun?: boolean
  now?: Date
  req: PayloadRequest
}): Promise<RetentionResult> => {
  const { logger } = req.payload
  const where = expiredRequestsWhere(privacySettingsOf(req.payload).retentionMonths, now)
  const anonymised: RetentionItem[] = []
  if (!where) return { anonymised, isDryRun }
  const { totalDocs } = await req.payload.count({
    collection: collectionNames.bookingRequests,
    req,
    where,
  })
  logger.info(
    `Retention${isDryRun ? ' (dry run)' : ''}: ${totalDocs} booking request(s) past their period`,
  )
  for (let page = 1; ; page += 1) {
    const before = anonymised.length
    const { docs, hasNextPage } = await req.payload.find({
      collection: collectionNames.bookingRequests,
      depth: 0,
      limit: BATCH,
      // Anonymised ones leave the query: a real run always reads its first page again.
      page: isDryRun ? page : 1,
      req,
      sort: 'updatedAt',
      where,
    })
    // The job records of the whole batch, in one pass over the queue.
    const jobs = await jobsOfRequests(req, isDryRun ? [] : docs.map(({ id }) => id))
    for (const request of docs) {
      const item = {
        id: request.id,
        reference: request.reference,
        status: request.status,
        updatedAt: request.updatedAt,
      }
      if (isDryRun) {
        logger.info(item, 'Retention (dry run): would anonymise')
        anonymised.push(item)
        continue
      }
      // Each request in its own transaction: a failure later leaves the done ones done.
      const own = await createLocalReq({}, req.payload)
      const done = await inTransaction(own, () =>
        anonymiseBookingRequest({
          jobs: jobs.get(String(request.id)) ?? [],
          reason: 'retention',
          req: own,
          request,
        }),
      )
      if (done) anonymised.push(item)
    }
    if (docs.length > 0) logger.info(`Retention: ${anonymised.length}/${totalDocs} done`)
    const isStuck = !isDryRun && docs.length > 0 && anonymised.length === before
    if (!hasNextPage || docs.length === 0 || isStuck) break
  }
  return { anonymised, isDryRun }
}
