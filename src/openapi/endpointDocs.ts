import type { SluggedCollection } from '../vocabulary/collectionNames'
import { ANYONE_OR_TOKEN, cachedJson, response } from './collectionOperations'
import { type Schema, SCHEMAS } from './schemaContext'
import { schemaName, withArticle } from './schemaName'

/** Most levels of relations `by-slug` populates (src/slugs/findBySlug.ts). */
export const BY_SLUG_MAX_DEPTH = 3

/** `GET /api/<collection>/by-slug/{slug}` (src/slugs/findBySlug.ts). */
export const bySlugDocs = (collection: SluggedCollection): Schema => {
  const name = schemaName({ slug: collection })
  return {
    description:
      'The published document under this slug, in any letter case (the newest draft with `draft=true`, for the content team). Under a slug the document had before, or a syllable-split spelling of its slug (`li-xiao-hua` for `li-xiaohua`), `301` with `Location` and `{ redirect }`.',
    operationId: `find${name}BySlug`,
    parameters: [
      { in: 'path', name: 'slug', required: true, schema: { minLength: 1, type: 'string' } },
      {
        description: `How deep relations come populated (default 1); above ${BY_SLUG_MAX_DEPTH} counts as ${BY_SLUG_MAX_DEPTH}.`,
        in: 'query',
        name: 'depth',
        schema: { minimum: 0, type: 'integer' },
      },
      { $ref: '#/components/parameters/draft' },
      { $ref: '#/components/parameters/ifNoneMatch' },
    ],
    responses: {
      200: cachedJson(`The ${name.toLowerCase()}`, { $ref: `${SCHEMAS}${name}` }),
      301: {
        content: {
          'application/json': {
            schema: {
              properties: { redirect: { description: 'The current slug', type: 'string' } },
              required: ['redirect'],
              type: 'object',
            },
          },
        },
        description: 'An old slug, or a syllable-split spelling: the document lives under `redirect`',
        headers: {
          Location: {
            description: 'The by-slug URL of the current slug',
            schema: { type: 'string' },
          },
        },
      },
      304: response('NotModified'),
      400: response('BadRequest'),
      404: response('NotFound'),
    },
    security: ANYONE_OR_TOKEN,
    summary: `Find ${withArticle(name.toLowerCase())} by slug`,
  }
}

/**
 * The one rule between fields a form needs up front: a place unless the event is virtual (`format`
 * defaults to in person). As two alternatives, which generators make a union type.
 */
const placeUnlessVirtual: Schema = {
  oneOf: [
    {
      properties: { format: { const: 'virtual', type: 'string' } },
      required: ['format'],
      title: 'A virtual event',
      type: 'object',
    },
    {
      properties: {
        eventLocation: { minLength: 1, pattern: '\\S', type: 'string' },
        format: { enum: ['in_person', 'hybrid'], type: 'string' },
      },
      required: ['eventLocation'],
      title: 'An event in a place',
      type: 'object',
    },
  ],
}

/** `POST /api/booking-requests`: the public request form (src/bookings/createBookingRequest.ts). */
export const bookingRequestDocs: Schema = {
  description:
    'The "fill in our speakers\' request form" of every page. Staff are told by mail, and the requester gets an acknowledgement carrying the reference (a few per address and day at most); the answer carries the reference and `received` only, never a database id. Each client address may send a few requests per window (by default 5 per 10 minutes).',
  operationId: 'createBookingRequest',
  requestBody: {
    content: {
      'application/json': {
        schema: { allOf: [{ $ref: `${SCHEMAS}BookingRequestInput` }, placeUnlessVirtual] },
      },
    },
    required: true,
  },
  responses: {
    201: {
      content: {
        'application/json': {
          schema: {
            additionalProperties: false,
            properties: {
              doc: {
                additionalProperties: false,
                properties: {
                  reference: {
                    description: 'Quote it when you write to us.',
                    pattern: '^BR-[A-HJ-NP-Z2-9]{8}$',
                    type: 'string',
                  },
                  status: { const: 'received', type: 'string' },
                },
                required: ['reference', 'status'],
                type: 'object',
              },
              message: { type: 'string' },
            },
            required: ['doc', 'message'],
            type: 'object',
          },
        },
      },
      description: 'Received',
    },
    400: response('BadRequest'),
    413: response('PayloadTooLarge'),
    429: response('TooManyRequests'),
  },
  security: [{}],
  summary: 'Send a booking request',
}
