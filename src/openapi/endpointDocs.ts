import type { OpenAPIV3_1 } from 'openapi-types'
import type { CustomEndpointDocumentation } from 'payload-oapi'

import { schemaName } from './schemaName'

const errors = (description: string): OpenAPIV3_1.ResponseObject =>
  ({
    content: {
      'application/json': {
        schema: {
          properties: {
            errors: {
              items: {
                properties: {
                  data: { type: 'object' },
                  message: { type: 'string' },
                  name: { type: 'string' },
                },
                required: ['message'],
                type: 'object',
              },
              type: 'array',
            },
          },
          required: ['errors'],
          type: 'object',
        },
      },
    },
    description,
  }) as OpenAPIV3_1.ResponseObject

/** `GET /api/<collection>/by-slug/{slug}` (src/endpoints/findBySlug.ts). */
export const bySlugDocs = (collection: string): CustomEndpointDocumentation => ({
  description:
    'The published document under this slug (drafts too with `draft=true`, for the content team). Under a slug the document had before, `301` with `Location` and `{ redirect }`.',
  parameters: [
    { in: 'path', name: 'slug', required: true, schema: { type: 'string' } },
    { in: 'query', name: 'depth', schema: { maximum: 3, minimum: 0, type: 'integer' } },
    { in: 'query', name: 'draft', schema: { type: 'boolean' } },
  ],
  responses: {
    200: {
      content: {
        'application/json': {
          schema: { $ref: `#/components/schemas/${schemaName({ slug: collection })}` },
        },
      },
      description: 'The document',
    },
    301: {
      content: {
        'application/json': {
          schema: {
            properties: { redirect: { type: 'string' } },
            required: ['redirect'],
            type: 'object',
          },
        },
      },
      description: 'An old slug: the document lives under `redirect` now',
    },
    404: errors('No document under this slug'),
  },
  security: [],
  summary: `Find a ${schemaName({ slug: collection })} by slug`,
})

/** `POST /api/booking-requests`: the public request form (src/endpoints/createBookingRequest.ts). */
export const bookingRequestDocs: CustomEndpointDocumentation = {
  description:
    'The "fill in our speakers\' request form" of every page. Staff are told by mail, and the requester gets an acknowledgement carrying the reference (a few per address and day at most); the answer carries the reference and `received` only, never a database id. Each client address may send a few requests per window (by default 5 per 10 minutes).',
  requestBody: { $ref: '#/components/requestBodies/BookingRequestRequestBody' },
  responses: {
    201: {
      content: {
        'application/json': {
          schema: {
            properties: {
              doc: {
                properties: {
                  reference: { pattern: '^BR-[A-HJ-NP-Z2-9]{8}$', type: 'string' },
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
    400: errors('A field is missing or invalid (each error names its field)'),
    413: errors('The body is larger than 64 KB (by default)'),
    429: errors('Too many requests from this address; see Retry-After'),
  },
  security: [],
  summary: 'Send a booking request',
}
