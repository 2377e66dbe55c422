import type { PayloadRequest } from 'payload'

import type { Media, Proposal, Speaker } from '../payload-types'

import { idOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'

/** What a proposal's client reads of a speaker: the profile card, never anything staff keep. */
const SPEAKER_CARD = {
  jobTitle: true,
  name: true,
  organization: true,
  photo: true,
  shortBio: true,
  slug: true,
  travelsFrom: true,
  videos: true,
} as const

const photoOf = (photo: Speaker['photo']) => {
  if (!photo || typeof photo !== 'object') return null
  const { alt, height, url, width } = photo as Media
  return { alt: alt ?? null, height: height ?? null, url: url ?? null, width: width ?? null }
}

const cardOf = (speaker: Speaker) => ({
  jobTitle: speaker.jobTitle ?? null,
  name: speaker.name,
  organization: speaker.organization ?? null,
  photo: photoOf(speaker.photo),
  shortBio: speaker.shortBio ?? null,
  slug: speaker.slug ?? null,
  travelsFrom: {
    city: speaker.travelsFrom?.city ?? null,
    country: speaker.travelsFrom?.country ?? null,
  },
  videos: (speaker.videos ?? []).map(({ title, url }) => ({ title: title ?? null, url })),
})

export type PublicProposal = Awaited<ReturnType<typeof publicProposal>>

/**
 * A proposal as its link shows it: the event, each speaker's published profile card with the fee
 * quote and the note for the client, the sender's name, the answer once given. Never internal
 * notes, other proposals, the request's other fields or any other staff member.
 */
export const publicProposal = async (req: PayloadRequest, proposal: Proposal) => {
  const speakerIds = proposal.items.map(({ speaker }) => idOf(speaker) as number | string)
  const requestId = idOf(proposal.bookingRequest) as number | string
  const senderId = idOf(proposal.sending?.by)
  const [speakers, request, sender] = await Promise.all([
    req.payload.find({
      collection: collectionNames.speakers,
      depth: 1,
      draft: false,
      overrideAccess: true,
      pagination: false,
      // `url` is made from `filename` as it is read: without it, every photo's url was null.
      populate: { media: { alt: true, filename: true, height: true, url: true, width: true } },
      req,
      select: SPEAKER_CARD,
      where: { and: [{ id: { in: speakerIds } }, { _status: { equals: 'published' } }] },
    }),
    req.payload.findByID({
      collection: collectionNames.bookingRequests,
      depth: 0,
      id: requestId,
      overrideAccess: true,
      req,
      select: { eventName: true },
    }),
    senderId === undefined
      ? undefined
      : req.payload.findByID({
          collection: collectionNames.users,
          depth: 0,
          disableErrors: true,
          id: senderId,
          overrideAccess: true,
          req,
          select: { name: true },
        }),
  ])
  const byId = new Map(speakers.docs.map((speaker) => [String(speaker.id), speaker as Speaker]))
  const chosen = idOf(proposal.answer?.speaker)
  return {
    answer: proposal.answer?.kind
      ? {
          at: proposal.answer.at ?? null,
          kind: proposal.answer.kind,
          reason: proposal.answer.reason ?? null,
          speaker: chosen === undefined ? null : (byId.get(String(chosen))?.slug ?? null),
        }
      : null,
    event: {
      date: proposal.eventDate,
      endDate: proposal.eventEndDate ?? null,
      name: request.eventName,
    },
    expiresAt: proposal.expiresAt,
    // A speaker unpublished since the proposal was sent is no longer shown (nor can be chosen).
    items: proposal.items.flatMap(({ feeAmount, feeCurrency, note, speaker }) => {
      const found = byId.get(String(idOf(speaker)))
      return found ? [{ feeAmount, feeCurrency, note: note ?? null, speaker: cardOf(found) }] : []
    }),
    sentBy: sender ? { name: (sender as { name?: string }).name ?? null } : null,
    // Never `revoked` or expired: those links answer 410 before this is read (assertOpen).
    status: proposal.status,
  }
}
