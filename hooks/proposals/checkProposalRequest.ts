import type { CollectionBeforeChangeHook } from 'payload'

import { isClosedBooking } from '../../src/bookings/statusTransitions'
import { fieldError } from '../../src/utilities/fieldError'
import { idOf } from '../../src/utilities/idOf'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/**
 * A proposal answers an open booking request: not one that is confirmed, declined or archived; and
 * it stays that request's (a new request gets a new proposal).
 */
export const checkProposalRequest: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'create') {
    if (
      'bookingRequest' in data &&
      String(idOf(data.bookingRequest)) !== String(idOf(originalDoc?.bookingRequest))
    )
      throw fieldError(req, collection.slug, 'bookingRequest', {
        en: 'A proposal stays with the booking request it was made for.',
        zh: '方案不能改到其他预约请求。',
      })
    return data
  }
  const request = await req.payload.findByID({
    collection: collectionNames.bookingRequests,
    depth: 0,
    disableErrors: true,
    id: data.bookingRequest,
    req,
    select: { status: true },
  })
  if (!request)
    throw fieldError(req, collection.slug, 'bookingRequest', {
      en: 'No such booking request.',
      zh: '该预约请求不存在。',
    })
  if (isClosedBooking(request.status))
    throw fieldError(req, collection.slug, 'bookingRequest', {
      en: `This booking request is ${request.status}: a proposal answers an open request.`,
      zh: '该预约请求已关闭：方案只能针对未关闭的请求。',
    })
  return { ...data, createdBy: req.user?.id ?? null }
}
