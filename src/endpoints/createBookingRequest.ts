import type { Endpoint } from 'payload'

import crypto from 'node:crypto'
import { addDataAndFileToRequest } from 'payload'

import { collectionSlugs } from '../../collections/slugs'
import { hasRole } from '../access/hasRole'
import { bookingRequestDocs } from '../openapi/endpointDocs'

/** The honeypot: a field real forms hide, that only bots fill in. */
export const HONEYPOT_FIELD = 'website'

const MESSAGE = 'Thank you: your request has been received.'

const fakeId = (idType: 'number' | 'text'): number | string =>
  idType === 'number' ? crypto.randomInt(1_000, 1_000_000) : crypto.randomBytes(12).toString('hex')

/**
 * `POST /api/booking-requests`, the public request form. Answers `{ doc: { id, status: 'received' } }`
 * and nothing of what staff work with. A filled honeypot gets the same answer, and nothing is stored
 * and nobody is told. Validation errors are Payload's: 400 naming each field.
 */
export const createBookingRequest: Endpoint = {
  custom: { openapi: bookingRequestDocs },
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const { [HONEYPOT_FIELD]: honeypot, ...data } = (req.data ?? {}) as Record<string, unknown>
    if (honeypot !== undefined && honeypot !== null && honeypot !== '') {
      req.payload.logger.info({ msg: 'Booking request honeypot filled: dropped' })
      const id = fakeId(req.payload.db.defaultIDType as 'number' | 'text')
      return Response.json({ doc: { id, status: 'received' }, message: MESSAGE }, { status: 201 })
    }
    const doc = await req.payload.create({
      collection: collectionSlugs.bookingRequests,
      data: data as never,
      depth: 0,
      overrideAccess: false,
      req,
    })
    const body = hasRole(req.user, 'admin', 'staff') ? doc : { id: doc.id, status: 'received' }
    return Response.json({ doc: body, message: MESSAGE }, { status: 201 })
  },
  method: 'post',
  path: '/',
}
