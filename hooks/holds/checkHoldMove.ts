import type { CollectionBeforeChangeHook } from 'payload'

import { isClosedBooking } from '../../src/bookings/statusTransitions'
import { inTurnWithinTransaction } from '../../src/db/inTurnWithinTransaction'
import { claimEngagement } from '../../src/holds/engagementClaims'
import { activeHoldsOverlapping, rangeOf } from '../../src/holds/holdRange'
import { lockHolds, lockSpeakerHolds } from '../../src/holds/lockSpeakerHolds'
import { holdMoves, type HoldStatus } from '../../src/holds/holdStatuses'
import { fieldError } from '../../src/utilities/fieldError'
import { idOf } from '../../src/utilities/idOf'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/**
 * Staff confirm or release a hold (holdMoves); a hold is confirmed only while no other engagement
 * of the speaker is confirmed on its days. Who decided, and when, is recorded. Only a held hold's
 * expiry moves.
 */
export const checkHoldMove: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const from = originalDoc.status as HoldStatus
  const to = (data.status ?? from) as HoldStatus
  const refuse = (path: string, en: string, zh: string) =>
    fieldError(req, collection.slug, path, { en, zh })
  const expiresAt = data.expiresAt ? new Date(data.expiresAt).getTime() : undefined
  if (
    from !== 'held' &&
    expiresAt !== undefined &&
    expiresAt !== new Date(originalDoc.expiresAt).getTime()
  )
    throw refuse(
      'expiresAt',
      `This hold is ${from}: it no longer expires.`,
      '该档期已结束，不再有到期时间。',
    )
  if (to === from) return data
  if (!holdMoves[from].includes(to))
    throw refuse(
      'status',
      `A "${from}" hold can move to ${holdMoves[from].join(', ') || 'nothing (it is over)'}, not "${to}".`,
      '该档期不能改为这个状态。',
    )
  if (to === 'confirmed') {
    // Past its expiry a hold is over, whether or not the queue has marked it yet.
    if (from === 'held' && new Date(originalDoc.expiresAt).getTime() <= Date.now())
      throw refuse(
        'status',
        'This hold has expired: make a new hold to confirm these days.',
        '该档期已过期：请新建档期以确认这些日期。',
      )
    // One confirmation at a time within a transaction too (a bulk update's documents run at once).
    await inTurnWithinTransaction(req, 'holds:confirm', async () => {
      const speaker = idOf(originalDoc.speaker) as number | string
      const request = idOf(originalDoc.bookingRequest) as number | string
      // Confirmations of one request or one speaker's days take turns (PostgreSQL; see claimEngagement).
      await lockHolds(req, `holds:request:${request}`)
      await lockSpeakerHolds(req, speaker)
      const { status: requestStatus } = await req.payload.findByID({
        collection: collectionNames.bookingRequests,
        depth: 0,
        id: request,
        overrideAccess: true,
        req,
        select: { status: true },
      })
      if (isClosedBooking(requestStatus))
        throw refuse(
          'status',
          `Its booking request is ${requestStatus}: only an open request's hold is confirmed.`,
          '该档期的预约请求已关闭：只能确认未关闭请求的档期。',
        )
      const { totalDocs } = await req.payload.count({
        collection: collectionNames.holds,
        overrideAccess: true,
        req,
        where: {
          and: [
            activeHoldsOverlapping(speaker, rangeOf(originalDoc)),
            { status: { equals: 'confirmed' } },
            { id: { not_equals: originalDoc.id } },
          ],
        },
      })
      if (totalDocs > 0)
        throw refuse(
          'status',
          'The speaker is already confirmed for an engagement on these days: release it first.',
          '该演讲嘉宾在这些日期已有确认的活动：请先释放它。',
        )
      await claimEngagement(req, {
        ...rangeOf(originalDoc),
        bookingRequest: request,
        id: originalDoc.id,
        speaker,
      })
    })
  }
  return { ...data, decidedAt: new Date().toISOString(), decidedBy: req.user?.id ?? null }
}
