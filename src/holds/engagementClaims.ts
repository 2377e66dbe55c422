import type { PayloadRequest } from 'payload'

import { refuse } from '../utilities/fieldError'
import { isUniqueClash } from '../utilities/isUniqueClash'
import { idOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { daysIn, type HoldRange } from './holdRange'

/** A claim whose hold never got confirmed (its save failed after claiming) is free after this. */
const STALE_CLAIM_MS = 5 * 60_000

type Engagement = HoldRange & {
  bookingRequest: number | string
  id: number | string
  speaker: number | string
}

const keysOf = ({ bookingRequest, speaker, ...range }: Engagement): string[] => [
  ...daysIn(range).map((day) => `day:${speaker}:${day}`),
  `request:${bookingRequest}`,
]

const clash = (req: PayloadRequest, key: string) =>
  refuse(
    req,
    409,
    {
      en: key.startsWith('day:')
        ? 'The speaker is already confirmed for an engagement on these days.'
        : 'This booking request already has a confirmed speaker.',
      zh: key.startsWith('day:')
        ? '该演讲嘉宾在这些日期已有确认的活动。'
        : '该预约请求已有确认的演讲嘉宾。',
    },
    'status',
  )

/** A claim is live while its hold is confirmed, or while a save that just made it may still finish. */
const isLive = (claim: { createdAt: string; hold?: unknown }): boolean =>
  (claim.hold as { status?: string } | null)?.status === 'confirmed' ||
  Date.now() - new Date(claim.createdAt).getTime() < STALE_CLAIM_MS

const claim = (req: PayloadRequest, hold: Engagement, key: string) =>
  req.payload.create({
    collection: collectionNames.engagementClaims,
    data: { hold: hold.id as number, key },
    depth: 0,
    overrideAccess: true,
    req,
  })

/**
 * Claims every day of a hold for its speaker, and its request, before the hold is saved confirmed:
 * 409 when another confirmed hold has any of them (and nothing of this one stays claimed). Claims
 * left by a save that failed after claiming (SQLite has no transaction to take them back) are freed
 * once stale. A refused insert is the race lost to a confirmation at the same moment; on
 * PostgreSQL it also ends the transaction, so nothing of this save is kept.
 */
export const claimEngagement = async (req: PayloadRequest, hold: Engagement): Promise<void> => {
  const keys = keysOf(hold)
  const { docs: existing } = await req.payload.find({
    collection: collectionNames.engagementClaims,
    depth: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { key: { in: keys } },
  })
  const live = existing.find(
    (found) => String(idOf(found.hold)) !== String(hold.id) && isLive(found),
  )
  if (live) throw clash(req, live.key)
  if (existing.length)
    await req.payload.delete({
      collection: collectionNames.engagementClaims,
      overrideAccess: true,
      req,
      where: { id: { in: existing.map(({ id }) => id) } },
    })
  const isInTransaction = Boolean(req.transactionID)
  const made: (number | string)[] = []
  for (const key of keys) {
    try {
      made.push((await claim(req, hold, key)).id)
    } catch (err) {
      if (!isUniqueClash(err)) throw err
      if (!isInTransaction && made.length)
        await req.payload.delete({
          collection: collectionNames.engagementClaims,
          overrideAccess: true,
          where: { id: { in: made } },
        })
      throw clash(req, key)
    }
  }
}

/** A confirmed hold released, expired or deleted frees its days and its request. */
export const releaseEngagement = (req: PayloadRequest, holdId: number | string) =>
  req.payload.delete({
    collection: collectionNames.engagementClaims,
    overrideAccess: true,
    req,
    where: { hold: { equals: holdId } },
  })
