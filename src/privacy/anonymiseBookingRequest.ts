import type { PayloadRequest } from 'payload'

import type { BookingRequest, Proposal } from '../payload-types'

import type { JobRow } from './jobsAbout'

import { collectionNames } from '../vocabulary/collectionNames'
import { HOLD_TASKS } from '../vocabulary/taskNames'
import { jobsOfRequests } from './jobsOfRequests'

export const anonymisationReasons = ['retention', 'erasure'] as const
export type AnonymisationReason = (typeof anonymisationReasons)[number]

/** What replaces a required text; optional ones are emptied. */
export const ANONYMISED = '[anonymised]'
/** The address an anonymised request keeps (`.invalid` is reserved: nothing is ever sent there). */
export const ANONYMISED_EMAIL = 'anonymised@anonymised.invalid'

export type AnonymisedCounts = {
  jobs: number
  notifications: number
  proposals: number
}

/** The request's holds still held (their days blocked until they expire). */
const heldHoldIds = async (req: PayloadRequest, requestId: number | string) =>
  new Set(
    (
      await req.payload.find({
        collection: collectionNames.holds,
        depth: 0,
        pagination: false,
        req,
        select: {},
        where: { and: [{ bookingRequest: { equals: requestId } }, { status: { equals: 'held' } }] },
      })
    ).docs.map(({ id }) => String(id)),
  )

/**
 * A held hold's expiry still to run: kept, as it names the hold's id only and nothing else would
 * ever end the hold (its days would stay blocked, the holds behind it never move up).
 */
const isWaitingExpiry = (job: JobRow, held: Set<string>): boolean =>
  job.taskSlug === HOLD_TASKS.expire && !job.completedAt && held.has(String(job.input?.holdId))

/**
 * The request with its personal data replaced: who (name, e-mail, phone, organisation, job title),
 * every free text (event name and place, audience, message, how they heard, staff notes' text) and
 * how it arrived (IP hash, browser). Kept for statistics: dates, times, format, sizes, budget,
 * speakers, topics, status and its history, the reference, the consent given.
 */
const anonymisedRequest = (request: BookingRequest, reason: AnonymisationReason) => ({
  anonymised: { at: new Date().toISOString(), reason },
  audienceDescription: null,
  contactName: ANONYMISED,
  email: ANONYMISED_EMAIL,
  eventLocation: request.eventLocation ? ANONYMISED : null,
  eventName: ANONYMISED,
  howDidYouHear: null,
  jobTitle: null,
  message: null,
  organization: null,
  phone: null,
  source: { ...request.source, ipHash: null, userAgent: null },
})

/** A proposal's texts for the client and staff (they may name people), and its link (gone). */
const anonymisedProposal = (proposal: Proposal) => ({
  // `by` is how the client signed the answer: their name and address.
  answer: { ...proposal.answer, by: proposal.answer?.by ? ANONYMISED : null, reason: null },
  internalNote: null,
  tokenHash: null,
  tokenNonce: null,
})

/**
 * Rewrites a document's array fields, alone: with nothing else in `data`, the SQL adapters replace
 * their rows without writing the main row (which would need every required column). Every
 * top-level array goes in, `changed` ones as given, the rest as stored: the adapter empties an
 * array that `data` leaves out.
 */
const rewriteArrays = async (
  req: PayloadRequest,
  collection: typeof collectionNames.bookingRequests | typeof collectionNames.proposals,
  doc: { id: number | string },
  changed: Record<string, Record<string, unknown>[]>,
) => {
  const arrays = req.payload.collections[collection].config.flattenedFields.filter(
    (field) => field.type === 'array',
  )
  const data = Object.fromEntries(
    arrays.map(({ name }) => [name, changed[name] ?? (doc as Record<string, unknown>)[name] ?? []]),
  )
  await req.payload.db.updateOne({ collection, data, id: doc.id, req, returning: false })
}

/**
 * Anonymises one booking request, once: one conditional update of its main row (`… WHERE id = ? AND anonymised_at IS
 * NULL`, `findOneAndUpdate` on MongoDB), so of two runs at once (two instances, a retention run and
 * an erasure) exactly one does it; the other gets null. Then its proposals' texts go, and its
 * notification records and job records are deleted. Straight through the adapter, without hooks:
 * nobody edits the request, so no status history, note rule or notification applies. Run it in a
 * transaction (`req`) so all of it happens or none.
 *
 * A caller anonymising a batch passes each request its `jobs`, read for the whole batch at once
 * (jobsOfRequests, or groupJobsByRequest over what it already read): the queue is then scanned once
 * per batch, not once per request. Left out, they are read here for this one request.
 */
export const anonymiseBookingRequest = async ({
  jobs: given,
  reason,
  req,
  request,
}: {
  /** The job records about this request, its proposals and its holds. */
  jobs?: JobRow[]
  reason: AnonymisationReason
  req: PayloadRequest
  request: BookingRequest
}): Promise<AnonymisedCounts | null> => {
  const { payload } = req
  const updated = await payload.db.updateOne({
    collection: collectionNames.bookingRequests,
    data: anonymisedRequest(request, reason),
    req,
    where: { and: [{ id: { equals: request.id } }, { 'anonymised.at': { exists: false } }] },
  })
  if (!updated) return null
  const notes = (request.internalNotes ?? []).map((note) => ({ ...note, note: ANONYMISED }))
  await rewriteArrays(req, collectionNames.bookingRequests, request, { internalNotes: notes })
  const { docs: proposals } = await payload.find({
    collection: collectionNames.proposals,
    depth: 0,
    pagination: false,
    req,
    where: { bookingRequest: { equals: request.id } },
  })
  for (const proposal of proposals) {
    await payload.db.updateOne({
      collection: collectionNames.proposals,
      data: anonymisedProposal(proposal),
      id: proposal.id,
      req,
    })
    const items = (proposal.items ?? []).map((item) => ({ ...item, note: null }))
    await rewriteArrays(req, collectionNames.proposals, proposal, { items })
  }
  const about = given ?? (await jobsOfRequests(req, [request.id])).get(String(request.id)) ?? []
  const held = await heldHoldIds(req, request.id)
  const jobs = about.filter((job) => !isWaitingExpiry(job, held))
  if (jobs.length > 0) {
    await payload.db.deleteMany({
      collection: 'payload-jobs',
      req,
      where: { id: { in: jobs.map(({ id }) => id) } },
    })
  }
  const { totalDocs: notifications } = await payload.count({
    collection: collectionNames.bookingNotifications,
    req,
    where: { request: { equals: request.id } },
  })
  await payload.db.deleteMany({
    collection: collectionNames.bookingNotifications,
    req,
    where: { request: { equals: request.id } },
  })
  return { jobs: jobs.length, notifications, proposals: proposals.length }
}
