import type {
  CollectionSlug,
  DataFromCollectionSlug,
  PayloadRequest,
  SelectType,
  Where,
} from 'payload'

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

/** Every document of `collection` that `where` picks, as stored; none when there is no `where`. */
const docsWhere = async <S extends CollectionSlug>(
  req: PayloadRequest,
  collection: S,
  where: undefined | Where,
  extra: { select?: SelectType; sort?: string } = {},
) =>
  where
    ? ((await req.payload.find({ ...all, ...extra, collection, req, where } as never))
        .docs as DataFromCollectionSlug<S>[])
    : []

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
  const some = (ids: unknown[], where: Where) => (ids.length ? where : undefined)
  const ofRequests = some(requestIds, { bookingRequest: { in: requestIds } })
  const requests = await docsWhere(
    req,
    collectionNames.bookingRequests,
    ofRequests && {
      id: { in: requestIds },
    },
    { sort: 'createdAt' },
  )
  const proposals = await docsWhere(req, collectionNames.proposals, ofRequests, {
    select: { tokenHash: false, tokenNonce: false },
  })
  const holds = await docsWhere(req, collectionNames.holds, ofRequests)
  const bookingNotifications = await docsWhere(
    req,
    collectionNames.bookingNotifications,
    some(requestIds, { request: { in: requestIds } }),
  )
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
  const preferences = await docsWhere(req, 'payload-preferences', ofAccount)
  const lockedDocuments = await docsWhere(req, 'payload-locked-documents', ofAccount)
  const reviewEvents = await docsWhere(
    req,
    collectionNames.reviewEvents,
    account ? { by: { equals: account.id } } : undefined,
  )
  const deliveryIds = await idsWithAddress(req, collectionNames.reviewDeliveries, 'to', address)
  const reviewDeliveries = await docsWhere(
    req,
    collectionNames.reviewDeliveries,
    some(deliveryIds, { id: { in: deliveryIds } }),
  )
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
