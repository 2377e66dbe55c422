import type { PayloadRequest, Where } from 'payload'

import type {
  BookingNotification,
  BookingRequest,
  Hold,
  PrivacyErasure,
  Proposal,
  ReviewDelivery,
  ReviewEvent,
  User,
} from '../payload-types'

import { normalizeLogin } from '../auth/signInKeys'
import { normalizeEmailAddress } from '../bookings/normalizeEmailAddress'
import { peekRateLimit } from '../rateLimits/hitRateLimit'
import { collectionNames } from '../vocabulary/collectionNames'
import { emailHash, normalizeAddress } from './emailHash'
import { idsWithAddress } from './idsWithAddress'
import { type JobRow, jobsAbout, reviewJobsTo } from './jobsAbout'
import { privacySettingsOf } from './privacyOptions'

export type PersonalData = {
  account: null | User
  /** Documents the account is editing (Payload's `payload-locked-documents`). */
  lockedDocuments: unknown[]
  /** The account's admin preferences (Payload's `payload-preferences`). */
  preferences: unknown[]
  bookingNotifications: BookingNotification[]
  bookingRequests: BookingRequest[]
  erasures: PrivacyErasure[]
  holds: Hold[]
  jobs: JobRow[]
  proposals: Proposal[]
  rateLimitCounters: { hits: number; limit: string }[]
  reviewDeliveries: ReviewDelivery[]
  reviewEvents: ReviewEvent[]
  reviewJobs: JobRow[]
}

const all = { depth: 0, overrideAccess: true, pagination: false } as const

/** Payload's records that point at an account (its preferences, its edit locks). */
export const accountWhere = (id: number | string): Where => ({
  and: [{ 'user.relationTo': { equals: collectionNames.users } }, { 'user.value': { equals: id } }],
})

/**
 * Everything held about one e-mail address, in every store of the README's inventory: the booking
 * requests sent from it (not yet anonymised) with their proposals, holds, notification records and
 * job records; the counters keyed by it; and, when it is a user's, the account, the review events
 * it made, the review mails sent to it and the queued review jobs naming it.
 */
export const findPersonalData = async (
  req: PayloadRequest,
  email: string,
): Promise<PersonalData> => {
  const { payload } = req
  const address = normalizeAddress(email)
  const requestIds = await idsWithAddress(req, collectionNames.bookingRequests, 'email', address, {
    'anonymised.at': { exists: false },
  })
  const requests = requestIds.length
    ? (
        await payload.find({
          ...all,
          collection: collectionNames.bookingRequests,
          req,
          sort: 'createdAt',
          where: { id: { in: requestIds } },
        })
      ).docs
    : []
  const ofRequests = { req, where: { bookingRequest: { in: requestIds } } }
  const proposals = requestIds.length
    ? (
        await payload.find({
          ...all,
          ...ofRequests,
          collection: collectionNames.proposals,
          select: { tokenHash: false, tokenNonce: false },
        })
      ).docs
    : []
  const holds = requestIds.length
    ? (await payload.find({ ...all, ...ofRequests, collection: collectionNames.holds })).docs
    : []
  const bookingNotifications = requestIds.length
    ? (
        await payload.find({
          ...all,
          collection: collectionNames.bookingNotifications,
          req,
          where: { request: { in: requestIds } },
        })
      ).docs
    : []
  const jobs = requestIds.length
    ? await jobsAbout(req, {
        holds: holds.map(({ id }) => String(id)),
        proposals: proposals.map(({ id }) => String(id)),
        requests: requestIds.map(String),
      })
    : []
  const [accountId] = await idsWithAddress(req, collectionNames.users, 'email', address)
  const account =
    accountId === undefined
      ? null
      : await payload.findByID({ ...all, collection: collectionNames.users, id: accountId, req })
  const ofAccount = account ? accountWhere(account.id) : undefined
  const preferences = ofAccount
    ? (await payload.find({ ...all, collection: 'payload-preferences', req, where: ofAccount }))
        .docs
    : []
  const lockedDocuments = ofAccount
    ? (
        await payload.find({
          ...all,
          collection: 'payload-locked-documents',
          req,
          where: ofAccount,
        })
      ).docs
    : []
  const reviewEvents = account
    ? (
        await payload.find({
          ...all,
          collection: collectionNames.reviewEvents,
          req,
          where: { by: { equals: account.id } },
        })
      ).docs
    : []
  const deliveryIds = await idsWithAddress(req, collectionNames.reviewDeliveries, 'to', address)
  const reviewDeliveries = deliveryIds.length
    ? (
        await payload.find({
          ...all,
          collection: collectionNames.reviewDeliveries,
          req,
          where: { id: { in: deliveryIds } },
        })
      ).docs
    : []
  const erasures = (
    await payload.find({
      ...all,
      collection: collectionNames.privacyErasures,
      req,
      where: { emailHash: { equals: emailHash(payload.secret, address) } },
    })
  ).docs
  return {
    account,
    lockedDocuments,
    preferences,
    bookingNotifications,
    bookingRequests: requests,
    erasures,
    holds,
    jobs,
    proposals,
    rateLimitCounters: await addressCounters(req, address),
    reviewDeliveries,
    reviewEvents,
    reviewJobs: await reviewJobsTo(req, address),
  }
}

/** The counters keyed by the address (acknowledgement mails, failed sign-ins) that have hits now. */
const addressCounters = async (req: PayloadRequest, address: string) => {
  const { acknowledgements, signInAccount } = privacySettingsOf(req.payload).addressCounters
  const counters = [
    { key: normalizeEmailAddress(address), rule: acknowledgements },
    { key: normalizeLogin(address), rule: signInAccount },
  ]
  const found: { hits: number; limit: string }[] = []
  for (const { key, rule } of counters) {
    const { hits } = await peekRateLimit(req.payload, rule, key)
    if (hits > 0) found.push({ hits, limit: rule.name })
  }
  return found
}
