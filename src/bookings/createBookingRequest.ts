import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, APIError } from 'payload'

import { hasRole } from '../access/hasRole'
import { tooLarge } from '../http/checkRequestBody'
import { readLimitedBody } from '../http/readLimitedBody'
import { withBufferedBody } from '../http/withBodyLimits'
import { localize } from '../i18n/localize'
import { bookingRequestDocs } from '../openapi/endpointDocs'
import { collectionNames } from '../vocabulary/collectionNames'
import { type BookingLimits, refuseOverBookingLimit } from './bookingLimits'
import { newBookingReference } from './bookingReference'
import { bookingReferenceSlot } from './bookingReferenceSlot'

/** The honeypot: a field real forms hide, that only bots fill in. */
export const HONEYPOT_FIELD = 'website'

const MESSAGE = 'Thank you: your request has been received.'

const refuseTooLarge = (req: PayloadRequest, maxBytes: number): never => {
  const { message, status } = tooLarge(maxBytes)
  throw new APIError(localize(req, message), status, undefined, true)
}

/**
 * Reads the body through a byte counter, refusing it (413) as soon as it passes `maxBytes`, with or
 * without Content-Length, then hands Payload's own parser (JSON, or the admin's multipart form with
 * `_payload`) a buffered copy. Sets `req.data`.
 */
const readBookingBody = async (req: PayloadRequest, maxBytes: number): Promise<void> => {
  if (Number(req.headers.get('content-length') ?? 0) > maxBytes) refuseTooLarge(req, maxBytes)
  if (!req.body) return
  const bytes = await readLimitedBody(req.body, maxBytes)
  if (!bytes) return refuseTooLarge(req, maxBytes)
  const buffered = Object.assign(withBufferedBody(req as unknown as Request, bytes), {
    payload: req.payload,
    routeParams: req.routeParams,
  }) as unknown as PayloadRequest
  await addDataAndFileToRequest(buffered)
  req.data = buffered.data
}

/**
 * `POST /api/booking-requests`, the public request form, whatever spelling of the URL led here.
 * Counts the client against the per-IP limit first (429 with Retry-After, bots included), reads at
 * most `maxBodyBytes` (413), then answers `{ doc: { reference, status: 'received' } }`: an opaque
 * reference, never the database id, and nothing of what staff work with (staff and admins get the
 * document). A filled honeypot gets the same answer with a reference of the same kind, and nothing
 * is stored and nobody is told. Validation errors are Payload's: 400 naming each field.
 */
export const createBookingRequestEndpoint = ({
  maxBodyBytes,
  perIp,
}: Pick<BookingLimits, 'maxBodyBytes' | 'perIp'>): Endpoint => ({
  custom: { openapi: bookingRequestDocs },
  handler: async (req) => {
    await refuseOverBookingLimit(req, perIp)
    await readBookingBody(req, maxBodyBytes)
    const { [HONEYPOT_FIELD]: honeypot, ...data } = (req.data ?? {}) as Record<string, unknown>
    if (honeypot !== undefined && honeypot !== null && honeypot !== '') {
      req.payload.logger.info({ msg: 'Booking request honeypot filled: dropped' })
      const doc = { reference: newBookingReference(), status: 'received' }
      return Response.json({ doc, message: MESSAGE }, { status: 201 })
    }
    const doc = await req.payload.create({
      collection: collectionNames.bookingRequests,
      data: data as never,
      depth: 0,
      overrideAccess: false,
      req,
    })
    // Anonymous readers may not read `reference`: the hook that set it left it here.
    const reference = bookingReferenceSlot.take(req, collectionNames.bookingRequests)
    const body = hasRole(req.user, 'admin', 'staff') ? doc : { reference, status: 'received' }
    return Response.json({ doc: body, message: MESSAGE }, { status: 201 })
  },
  method: 'post',
  path: '/',
})
