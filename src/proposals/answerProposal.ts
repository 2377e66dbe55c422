import type { PayloadRequest } from 'payload'

import type { Proposal } from '../payload-types'

import { moveBookingRequest } from '../bookings/moveBookingRequest'
import { isClosedBooking } from '../bookings/statusTransitions'
import { earliestDayAnywhere } from '../dates/day'
import { lockRow } from '../db/lockRow'
import { HOLD_OWNER_CONTEXT } from '../holds/holdOwner'
import { inTransaction } from '../utilities/inTransaction'
import { refuse } from '../utilities/fieldError'
import { idOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { PROPOSAL_TASKS } from '../vocabulary/taskNames'
import { assertAnswerable, findProposalByToken } from './findProposalByToken'
import { moveProposal } from './moveProposal'
import { proposalOptionsOf } from './proposalOptions'

export type ProposalAnswer =
  { kind: 'accepted'; speaker: unknown } | { kind: 'declined'; reason: unknown }

/** Longest reason a client may give when declining. */
export const MAX_DECLINE_REASON = 2000

/** The chosen speaker: one of the proposal's, still published, named by slug (or id). */
const chosenSpeaker = async (req: PayloadRequest, proposal: Proposal, named: unknown) => {
  const offered = proposal.items.map(({ speaker }) => idOf(speaker) as number | string)
  const given = typeof named === 'string' || typeof named === 'number' ? String(named).trim() : ''
  const { docs } = given
    ? await req.payload.find({
        collection: collectionNames.speakers,
        depth: 0,
        draft: false,
        overrideAccess: true,
        pagination: false,
        req,
        select: { slug: true },
        where: { and: [{ id: { in: offered } }, { _status: { equals: 'published' } }] },
      })
    : { docs: [] }
  const found = docs.find(
    ({ id, slug }) => String(id) === given || slug?.toLowerCase() === given.toLowerCase(),
  )
  if (!found)
    throw refuse(
      req,
      400,
      {
        en: 'Choose one of the speakers of this proposal (by slug).',
        zh: '请选择此方案中的一位演讲嘉宾（使用其 slug）。',
      },
      'speaker',
    )
  return found.id
}

const reasonOf = (req: PayloadRequest, reason: unknown): string => {
  const text = typeof reason === 'string' ? reason.trim() : ''
  if (!text || text.length > MAX_DECLINE_REASON)
    throw refuse(
      req,
      400,
      {
        en: `Say why in 1 to ${MAX_DECLINE_REASON} characters.`,
        zh: `请用 1 到 ${MAX_DECLINE_REASON} 个字符说明原因。`,
      },
      'reason',
    )
  return text
}

type Args = { answer: ProposalAnswer; req: PayloadRequest; token: unknown }

/**
 * A client's one answer to a proposal, from its link: accepted (one of its speakers) or declined
 * (with a reason). Taken with one conditional update (still `sent`, not expired), so of two
 * answers at once exactly one is recorded; the other gets 409. In the same transaction: the
 * request moves to `on_hold` and the chosen speaker's event days are held (for the plugin's
 * `proposals.holdDays`), and
 * staff are told (mail and webhook, queued).
 */
export const answerProposal = async ({ answer, req, token }: Args): Promise<Proposal> => {
  const { holdDays } = proposalOptionsOf(req.payload)
  const proposal = await findProposalByToken(req, token)
  assertAnswerable(req, proposal)
  // Nothing left to hold once the event's first day has passed everywhere on Earth.
  if (answer.kind === 'accepted' && proposal.eventDate < earliestDayAnywhere())
    throw refuse(req, 410, {
      en: 'The event date of this proposal has passed.',
      zh: '该方案的活动日期已过。',
    })
  const speaker =
    answer.kind === 'accepted' ? await chosenSpeaker(req, proposal, answer.speaker) : undefined
  const reason = answer.kind === 'declined' ? reasonOf(req, answer.reason) : undefined
  const requestId = idOf(proposal.bookingRequest) as number | string
  const request = await req.payload.findByID({
    collection: collectionNames.bookingRequests,
    depth: 0,
    id: requestId,
    overrideAccess: true,
    req,
    select: { contactName: true, email: true, eventTimeZone: true, status: true },
  })
  // Closing a request revokes its proposals; this is for one closed in the meantime.
  if (isClosedBooking(request.status))
    throw refuse(req, 410, {
      en: 'This proposal is no longer open.',
      zh: '该方案已不再有效。',
    })
  return inTransaction(req, async () => {
    // The request's row first, as staff closing it take it before its proposals': taken the other
    // way round, an answer and a decline at once deadlocked (PostgreSQL) and the client got a 500.
    await lockRow(req, collectionNames.bookingRequests, requestId)
    const now = new Date().toISOString()
    const claimed = await moveProposal({
      data: {
        answer: {
          at: now,
          by: `${request.contactName} <${request.email}>`,
          kind: answer.kind,
          reason: reason ?? null,
          speaker: speaker ?? null,
        },
        status: answer.kind,
      },
      from: ['sent'],
      id: proposal.id,
      req,
      unexpiredAt: now,
    })
    if (!claimed) {
      // Answered (or revoked, or expired) since it was read.
      const fresh = (await req.payload.findByID({
        collection: collectionNames.proposals,
        depth: 0,
        id: proposal.id,
        overrideAccess: true,
        req,
      })) as Proposal
      assertAnswerable(req, fresh)
      throw refuse(req, 409, {
        en: 'This proposal has already been answered.',
        zh: '该方案已经答复过了。',
      })
    }
    if (speaker !== undefined) {
      await moveBookingRequest({
        cause: 'proposal_accepted',
        proposal: proposal.id,
        req,
        requestId,
      })
      await req.payload.create({
        collection: collectionNames.holds,
        context: { [HOLD_OWNER_CONTEXT]: idOf(proposal.sending?.by) },
        data: {
          bookingRequest: requestId as number,
          endDate: proposal.eventEndDate ?? null,
          expiresAt: new Date(Date.now() + holdDays * 86_400_000).toISOString(),
          speaker,
          startDate: proposal.eventDate,
          timeZone: request.eventTimeZone || 'UTC',
        } as never,
        overrideAccess: true,
        req,
      })
    }
    const input = { proposalId: String(proposal.id) }
    await req.payload.jobs.queue({ input, req, task: PROPOSAL_TASKS.notifyAnswer })
    await req.payload.jobs.queue({ input, req, task: PROPOSAL_TASKS.postAnswerWebhook })
    return (await req.payload.findByID({
      collection: collectionNames.proposals,
      depth: 0,
      id: proposal.id,
      overrideAccess: true,
      req,
    })) as Proposal
  })
}
