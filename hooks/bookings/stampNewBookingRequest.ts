import type { CollectionBeforeChangeHook } from 'payload'

import crypto from 'node:crypto'

import { newBookingReference } from '../../src/bookings/bookingReference'
import { bookingReferenceSlot } from '../../src/bookings/bookingReferenceSlot'
import { CLIENT_IP_HEADER } from '../../src/vocabulary/clientIpHeader'

/**
 * A new request starts as `new`, with its reference (what the requester and staff quote; see
 * newBookingReference) and where it came from: when (also its createdAt), a keyed hash of the client
 * IP (enough to spot abuse, useless to identify anyone), and the user agent. Whatever the body said
 * about any of these is ignored, and a later save keeps the reference.
 */
export const stampNewBookingRequest: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'create') return { ...data, reference: originalDoc?.reference ?? null }
  const ip = req.headers?.get(CLIENT_IP_HEADER) ?? ''
  const ipHash = ip
    ? crypto.createHmac('sha256', req.payload.secret).update(ip).digest('hex').slice(0, 32)
    : null
  const now = new Date().toISOString()
  const reference = newBookingReference()
  bookingReferenceSlot.put(req, collection.slug, reference)
  return {
    ...data,
    assignee: data.assignee ?? null,
    createdAt: now,
    reference,
    source: {
      ipHash,
      receivedAt: now,
      userAgent: req.headers?.get('user-agent')?.slice(0, 300) ?? null,
    },
    status: 'new',
    statusHistory: [],
    updatedAt: now,
  }
}
