import type { CollectionBeforeValidateHook } from 'payload'

import { collectionNames } from '../../src/vocabulary/collectionNames'

type Args = { expiryDays: number }

/**
 * A new proposal's event date is its booking request's unless staff give one, and its link lasts
 * `expiryDays` unless staff give an expiry. Before validation, so the defaults are checked too
 * (a request whose event date has passed gets a 400 on `eventDate`).
 */
export const fillProposalDefaults =
  ({ expiryDays }: Args): CollectionBeforeValidateHook =>
  async ({ data, operation, req }) => {
    if (operation !== 'create' || !data) return data
    const filled = { ...data }
    if (!filled.expiresAt)
      filled.expiresAt = new Date(Date.now() + expiryDays * 86_400_000).toISOString()
    const requestId = filled.bookingRequest
    if (!filled.eventDate && (typeof requestId === 'number' || typeof requestId === 'string')) {
      const request = await req.payload
        .findByID({
          collection: collectionNames.bookingRequests,
          depth: 0,
          disableErrors: true,
          id: requestId,
          req,
          select: { eventDate: true },
        })
        .catch(() => null)
      if (request?.eventDate) filled.eventDate = request.eventDate
    }
    return filled
  }
