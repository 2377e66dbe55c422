import type { Schema } from '../openapi/schemaContext'

import { response } from '../openapi/collectionOperations'
import { endpointErrors, ID, INSTANT, STAFF_ONLY } from '../openapi/staffSchemas'

const emailBody: Schema = {
  content: {
    'application/json': {
      schema: {
        additionalProperties: false,
        properties: { email: { format: 'email', maxLength: 254, type: 'string' } },
        required: ['email'],
        type: 'object',
      },
    },
  },
  required: true,
}

/** Documents as stored (depth 0), each collection's own fields. */
const stored: Schema = { additionalProperties: true, type: 'object' }
const list: Schema = { items: stored, type: 'array' }

const privacyExport: Schema = {
  properties: {
    data: {
      properties: {
        account: { oneOf: [stored, { type: 'null' }] },
        bookingNotifications: list,
        bookingRequests: list,
        erasures: list,
        holds: list,
        jobs: list,
        lockedDocuments: list,
        preferences: list,
        proposals: list,
        rateLimitCounters: list,
        reviewDeliveries: list,
        reviewEvents: list,
        reviewJobs: list,
      },
      type: 'object',
    },
    email: { type: 'string' },
    exportedAt: INSTANT,
  },
  required: ['email', 'exportedAt', 'data'],
  type: 'object',
}

const erasure: Schema = {
  properties: {
    accountDeleted: { type: 'boolean' },
    at: INSTANT,
    bookingRequests: { type: 'integer' },
    emailHash: { type: 'string' },
    id: ID,
    jobs: { type: 'integer' },
    notifications: { type: 'integer' },
    proposals: { type: 'integer' },
    rateLimitCounters: { type: 'integer' },
    reviewDeliveries: { type: 'integer' },
  },
  required: ['id', 'emailHash', 'at'],
  type: 'object',
}

const json = (description: string, schema: Schema): Schema => ({
  content: { 'application/json': { schema } },
  description,
})

const errors = {
  400: response('BadRequest'),
  401: endpointErrors[401],
  403: endpointErrors[403],
}

export const exportDocs: Schema = {
  description:
    'Everything held about one e-mail address, in every store (GDPR Art. 15, PIPL Art. 45): booking requests with their proposals, holds, notification and job records, counters keyed by it, and a user account with its review events and mails. Admins only.',
  operationId: 'exportPersonalData',
  requestBody: emailBody,
  responses: { 200: json('The export.', privacyExport), ...errors },
  security: STAFF_ONLY,
  summary: 'Export a person’s data',
  tags: ['Privacy'],
}

export const eraseDocs: Schema = {
  description:
    'Anonymises everything held about one e-mail address (GDPR Art. 17, PIPL Art. 47) and records a tombstone: a keyed hash of the address, who, when and how much. Admins only; 400 for your own or the last admin account.',
  operationId: 'erasePersonalData',
  requestBody: emailBody,
  responses: {
    200: json('The tombstone.', { properties: { erasure }, type: 'object' }),
    ...errors,
  },
  security: STAFF_ONLY,
  summary: 'Erase a person’s data',
  tags: ['Privacy'],
}
