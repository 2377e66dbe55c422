import type { Schema } from '../openapi/schemaContext'

import { cachedJson, response } from '../openapi/collectionOperations'
import {
  DAY,
  docAnswer as docAnswerOf,
  ID,
  INSTANT,
  nullable,
  PATH_ID,
  REF,
  routeErrors as errors,
  STAFF_ONLY as STAFF,
} from '../openapi/staffSchemas'
import { MAX_HOLD_DAYS } from './holdStatuses'

const holdInput: Schema = {
  properties: {
    bookingRequest: { ...ID, description: 'An open booking request.' },
    endDate: {
      ...DAY,
      description: `The last day (default: startDate); at most ${MAX_HOLD_DAYS} days.`,
    },
    expiresAt: { ...INSTANT, description: 'In the future: unconfirmed by then, the hold expires.' },
    speaker: { ...ID, description: 'A published speaker.' },
    startDate: { ...DAY, description: 'Today or later, in the event’s time zone.' },
    timeZone: { description: 'The event’s IANA time zone.', type: 'string' },
  },
  required: ['speaker', 'bookingRequest', 'startDate', 'timeZone', 'expiresAt'],
  type: 'object',
}

const holdDoc: Schema = {
  properties: {
    ...(holdInput.properties as Record<string, Schema>),
    bookingRequest: REF,
    createdAt: INSTANT,
    createdBy: nullable(REF),
    decidedAt: nullable(INSTANT),
    decidedBy: nullable(REF),
    endDate: DAY,
    id: ID,
    speaker: REF,
    rank: {
      description: '1: first call on these days; set by the server.',
      minimum: 1,
      type: 'integer',
    },
    status: {
      description:
        'Set by the server (`held`); staff move it to `confirmed` or `released`; the queue to `expired`.',
      enum: ['held', 'confirmed', 'released', 'expired'],
      type: 'string',
    },
    updatedAt: INSTANT,
  },
  required: ['id', 'speaker', 'bookingRequest', 'startDate', 'endDate', 'rank', 'status'],
  type: 'object',
}

const docAnswer = (description: string): Schema => docAnswerOf(description, holdDoc)

/** `/api/holds` and `/api/holds/{id}`: Payload's own routes, for staff. */
export const holdCollectionDocs: Record<string, Record<string, Schema>> = {
  '/': {
    get: {
      operationId: 'listHolds',
      parameters: [
        {
          description:
            'Payload conditions, qs-style: `where[speaker][equals]=7&where[status][in]=held,confirmed`.',
          explode: true,
          in: 'query',
          name: 'where',
          schema: { additionalProperties: true, type: 'object' },
          style: 'deepObject',
        },
        { in: 'query', name: 'limit', schema: { minimum: 0, type: 'integer' } },
        { in: 'query', name: 'page', schema: { minimum: 1, type: 'integer' } },
        { in: 'query', name: 'depth', schema: { minimum: 0, type: 'integer' } },
      ],
      responses: {
        200: {
          content: {
            'application/json': {
              schema: {
                properties: {
                  docs: { items: holdDoc, type: 'array' },
                  totalDocs: { type: 'integer' },
                },
                type: 'object',
              },
            },
          },
          description: 'Holds',
        },
        400: errors[400],
        403: errors[403],
      },
      security: STAFF,
      summary: 'List date holds',
    },
    post: {
      description:
        'Holds a speaker’s days for a booking request. The server sets `rank` (1 + the holds already on any of those days) and `status` (`held`); the staff member of the first hold is told of a second.',
      operationId: 'createHold',
      requestBody: { content: { 'application/json': { schema: holdInput } }, required: true },
      responses: { 201: docAnswer('Held'), 400: errors[400], 403: errors[403] },
      security: STAFF,
      summary: 'Hold a speaker’s days',
    },
  },
  '/{id}': {
    get: {
      operationId: 'getHold',
      parameters: [PATH_ID],
      responses: {
        200: { content: { 'application/json': { schema: holdDoc } }, description: 'The hold' },
        403: errors[403],
        404: errors[404],
      },
      security: STAFF,
      summary: 'Read a date hold',
    },
    patch: {
      description:
        '`status`: `confirmed` (confirms the booking request with this speaker and releases the other holds on these days and of the request) or `released`; `expiresAt` while held. Its speaker, request and days never change.',
      operationId: 'updateHold',
      parameters: [PATH_ID],
      requestBody: {
        content: {
          'application/json': {
            schema: {
              properties: {
                expiresAt: INSTANT,
                status: { enum: ['confirmed', 'released'], type: 'string' },
              },
              type: 'object',
            },
          },
        },
        required: true,
      },
      responses: { 200: docAnswer('Updated'), ...errors },
      security: STAFF,
      summary: 'Confirm, release or extend a date hold',
    },
  },
}

export const availabilityDocs: Schema = {
  description:
    'The days a published speaker is held or booked (busy), between `from` and `to` (at most 366 days; default: today and the next 90 days). Nothing about who or what: days only.',
  operationId: 'getSpeakerAvailability',
  parameters: [
    { in: 'path', name: 'slug', required: true, schema: { type: 'string' } },
    { in: 'query', name: 'from', schema: DAY },
    { in: 'query', name: 'to', schema: DAY },
    { $ref: '#/components/parameters/ifNoneMatch' },
  ],
  responses: {
    200: cachedJson('Busy days', {
      additionalProperties: false,
      properties: { busy: { items: DAY, type: 'array' }, from: DAY, to: DAY },
      required: ['busy', 'from', 'to'],
      type: 'object',
    }),
    304: response('NotModified'),
    400: response('BadRequest'),
    404: response('NotFound'),
  },
  security: [{}],
  summary: 'A speaker’s busy days',
}
