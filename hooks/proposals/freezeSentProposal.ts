import type { CollectionBeforeChangeHook } from 'payload'

import type { ProposalStatus } from '../../src/proposals/proposalStatuses'

import { fieldError } from '../../src/utilities/fieldError'
import { idOf } from '../../src/utilities/idOf'

type Item = { feeAmount?: unknown; feeCurrency?: unknown; note?: unknown; speaker?: unknown }

/** What the client was shown: once sent, it stays as it was sent. */
const offerOf = (doc: Record<string, unknown>) =>
  JSON.stringify({
    bookingRequest: String(idOf(doc.bookingRequest)),
    eventDate: doc.eventDate ?? null,
    eventEndDate: doc.eventEndDate ?? null,
    items: ((doc.items ?? []) as Item[]).map((item) => [
      String(idOf(item.speaker)),
      item.feeAmount ?? null,
      item.feeCurrency ?? null,
      item.note ?? null,
    ]),
  })

/**
 * A sent proposal's offer (speakers, fees, notes, dates, request) is what its client read: it does
 * not change (revoke it and make another). Only a sent, unanswered proposal's expiry moves, and its
 * internal note is the staff's at any time.
 */
export const freezeSentProposal: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const status = originalDoc.status as ProposalStatus
  if (status === 'draft') return data
  if (offerOf({ ...originalDoc, ...data }) !== offerOf(originalDoc))
    throw fieldError(req, collection.slug, 'items', {
      en: `This proposal is ${status}: what the client was sent cannot change. Revoke it and make a new one.`,
      zh: '该方案已发送给客户，内容不能再修改。请撤回后新建方案。',
    })
  const expiresAt = data.expiresAt ? new Date(data.expiresAt).getTime() : undefined
  if (
    status !== 'sent' &&
    expiresAt !== undefined &&
    expiresAt !== new Date(originalDoc.expiresAt).getTime()
  )
    throw fieldError(req, collection.slug, 'expiresAt', {
      en: `This proposal is ${status}: its link no longer has an expiry to move.`,
      zh: '该方案的链接已失效，不能再修改到期时间。',
    })
  return data
}
