import type { CollectionBeforeChangeHook } from 'payload'

import { isClosedBooking } from '../../src/bookings/statusTransitions'
import { lockRow } from '../../src/db/lockRow'
import { daysIn } from '../../src/holds/holdRange'
import { HOLD_OWNER_CONTEXT } from '../../src/holds/holdOwner'
import { MAX_HOLD_DAYS } from '../../src/holds/holdStatuses'
import { fieldError } from '../../src/utilities/fieldError'
import { idOf } from '../../src/utilities/idOf'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/** What a hold is for: once made, it holds those days for that speaker and request. */
const TERMS = ['speaker', 'bookingRequest', 'startDate', 'endDate', 'timeZone'] as const

const termOf = (value: unknown) =>
  value && typeof value === 'object' ? String(idOf(value)) : (value ?? null)

/**
 * A new hold is for a published speaker, an open booking request and at most MAX_HOLD_DAYS days
 * from its first (its `endDate` is its first day when left empty). Its terms never change
 * afterwards (release it and hold the new days); only its expiry and status move.
 */
export const checkHoldTerms: CollectionBeforeChangeHook = async ({
  collection,
  context,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const refuse = (path: string, en: string, zh: string) =>
    fieldError(req, collection.slug, path, { en, zh })
  if (operation === 'update' && originalDoc) {
    const changed = TERMS.find(
      (name) => name in data && termOf(data[name]) !== termOf(originalDoc[name]),
    )
    if (changed)
      throw refuse(
        changed,
        'A hold’s speaker, request and days stay as made: release it and make a new hold.',
        '档期的演讲嘉宾、请求和日期创建后不能修改：请释放后新建档期。',
      )
    return data
  }
  const filled: Record<string, any> = { ...data, endDate: data.endDate || data.startDate }
  if (filled.endDate < filled.startDate)
    throw refuse(
      'endDate',
      'The last day cannot be before the first.',
      '结束日期不能早于开始日期。',
    )
  if (daysIn(filled as { endDate: string; startDate: string }).length > MAX_HOLD_DAYS)
    throw refuse(
      'endDate',
      `A hold covers at most ${MAX_HOLD_DAYS} days.`,
      `一个档期最多 ${MAX_HOLD_DAYS} 天。`,
    )
  // The speaker's row kept until the hold is stored: a delete meanwhile waits, then sees the hold.
  await lockRow(req, collectionNames.speakers, idOf(filled.speaker) as number | string, 'keyShare')
  const [speaker, request] = await Promise.all([
    req.payload.find({
      collection: collectionNames.speakers,
      depth: 0,
      draft: false,
      limit: 1,
      pagination: false,
      req,
      select: { _status: true },
      where: { and: [{ id: { equals: filled.speaker } }, { _status: { equals: 'published' } }] },
    }),
    req.payload.findByID({
      collection: collectionNames.bookingRequests,
      depth: 0,
      disableErrors: true,
      id: filled.bookingRequest,
      overrideAccess: true,
      req,
      select: { status: true },
    }),
  ])
  if (speaker.docs.length === 0)
    throw refuse(
      'speaker',
      'Only a published speaker can be held.',
      '只能为已发布的演讲嘉宾预留档期。',
    )
  if (!request) throw refuse('bookingRequest', 'No such booking request.', '该预约请求不存在。')
  if (isClosedBooking(request.status))
    throw refuse(
      'bookingRequest',
      `This booking request is ${request.status}: holds are for open requests.`,
      '该预约请求已关闭：只能为未关闭的请求预留档期。',
    )
  // A hold made for a client's answer (src/proposals/answerProposal.ts) is its proposal's sender's.
  const owner = req.user?.id ?? (context[HOLD_OWNER_CONTEXT] as number | string | undefined) ?? null
  return { ...filled, createdBy: owner, status: 'held' }
}
