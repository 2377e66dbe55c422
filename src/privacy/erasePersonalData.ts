import type { PayloadRequest } from 'payload'

import { normalizeLogin } from '../auth/signInKeys'
import { normalizeEmailAddress } from '../bookings/normalizeEmailAddress'
import { resetRateLimit } from '../rateLimits/hitRateLimit'
import { activeUsers } from '../users/activeUsers'
import { refuse } from '../utilities/fieldError'
import { inTransaction } from '../utilities/inTransaction'
import { collectionNames } from '../vocabulary/collectionNames'
import { anonymiseBookingRequest } from './anonymiseBookingRequest'
import { emailHash, normalizeAddress } from './emailHash'
import { accountWhere, findPersonalData, type PersonalData } from './findPersonalData'
import { groupJobsByRequest } from './groupJobsByRequest'
import { type JobRow, recipientsOf } from './jobsAbout'
import { privacySettingsOf } from './privacyOptions'

/** May this account be deleted by this admin? Not their own, not the last active admin's. */
const refuseProtectedAccount = async (req: PayloadRequest, account: PersonalData['account']) => {
  if (!account) return
  if (String(account.id) === String(req.user?.id)) {
    throw refuse(
      req,
      400,
      {
        en: 'This is your own account: another admin must erase it.',
        zh: '这是您自己的账户：需由另一位管理员删除。',
      },
      'email',
    )
  }
  if (!account.roles?.includes('admin')) return
  const { totalDocs: otherAdmins } = await req.payload.count({
    collection: collectionNames.users,
    req,
    where: {
      and: [activeUsers, { roles: { contains: 'admin' } }, { id: { not_equals: account.id } }],
    },
  })
  if (otherAdmins === 0) {
    throw refuse(
      req,
      400,
      {
        en: 'This is the last admin account: make another admin first.',
        zh: '这是最后一个管理员账户：请先设置另一位管理员。',
      },
      'email',
    )
  }
}

/**
 * A review job still to run loses the address from its recipients; one that ran (or gave up) is
 * deleted, with the log of its attempts.
 */
const forgetInReviewJob = async (req: PayloadRequest, job: JobRow, address: string) => {
  const recipients = recipientsOf(job).filter((to) => normalizeAddress(to) !== address)
  const isPending = !job.completedAt && !job.hasError
  if (isPending && recipients.length > 0) {
    await req.payload.db.updateOne({
      collection: 'payload-jobs',
      data: { input: { ...job.input, recipients } },
      id: job.id,
      req,
    })
    return
  }
  await req.payload.db.deleteOne({
    collection: 'payload-jobs',
    req,
    where: { id: { equals: job.id } },
  })
}

/**
 * Erases what is held about one address (GDPR Art. 17, PIPL Art. 47), in one transaction: its
 * booking requests are anonymised with their proposals, notification and job records
 * (anonymiseBookingRequest), review mail records to it deleted, review jobs forget it, its user
 * account (if any) is deleted (what it did shows "Former user"), and the counters keyed by it are
 * reset. A tombstone records that it was done: the address's keyed hash, who, when, how much.
 */
export const erasePersonalData = async (req: PayloadRequest, email: string) => {
  const address = normalizeAddress(email)
  const tombstone = await inTransaction(req, async () => {
    const found = await findPersonalData(req, address)
    await refuseProtectedAccount(req, found.account)
    // Their job records were read with the rest (one pass over the queue): sorted, not read again.
    const { holds, jobs: foundJobs, proposals } = found
    const requestIds = found.bookingRequests.map(({ id }) => id)
    const jobsByRequest = groupJobsByRequest({ holds, jobs: foundJobs, proposals, requestIds })
    const counts = { bookingRequests: 0, jobs: 0, notifications: 0, proposals: 0 }
    for (const request of found.bookingRequests) {
      const jobs = jobsByRequest.get(String(request.id)) ?? []
      const done = await anonymiseBookingRequest({ jobs, reason: 'erasure', req, request })
      if (!done) continue
      counts.bookingRequests += 1
      counts.jobs += done.jobs
      counts.notifications += done.notifications
      counts.proposals += done.proposals
    }
    for (const job of found.reviewJobs) {
      await forgetInReviewJob(req, job, address)
      counts.jobs += 1
    }
    if (found.reviewDeliveries.length > 0) {
      await req.payload.db.deleteMany({
        collection: collectionNames.reviewDeliveries,
        req,
        where: { id: { in: found.reviewDeliveries.map(({ id }) => id) } },
      })
    }
    if (found.account) {
      // Payload leaves them behind when the account goes (only their link to it is removed).
      for (const collection of ['payload-preferences', 'payload-locked-documents'] as const)
        await req.payload.db.deleteMany({ collection, req, where: accountWhere(found.account.id) })
      await req.payload.delete({
        collection: collectionNames.users,
        id: found.account.id,
        overrideAccess: true,
        req,
      })
    }
    return req.payload.create({
      collection: collectionNames.privacyErasures,
      data: {
        ...counts,
        accountDeleted: Boolean(found.account),
        at: new Date().toISOString(),
        by: req.user?.id,
        emailHash: emailHash(req.payload.secret, address),
        rateLimitCounters: found.rateLimitCounters.length,
        reviewDeliveries: found.reviewDeliveries.length,
      },
      overrideAccess: true,
      req,
    })
  })
  // Outside the transaction: the counters live in their own store (memory, or their own connections).
  const { acknowledgements, signInAccount } = privacySettingsOf(req.payload).addressCounters
  await resetRateLimit(req.payload, acknowledgements, normalizeEmailAddress(address))
  await resetRateLimit(req.payload, signInAccount, normalizeLogin(address))
  return tombstone
}
