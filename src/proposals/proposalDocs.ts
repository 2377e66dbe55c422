import type { Schema } from '../openapi/schemaContext'

import { response } from '../openapi/collectionOperations'
import {
  DAY,
  docAnswer as docAnswerOf,
  endpointErrors,
  ID,
  INSTANT,
  nullable,
  PATH_ID,
  REF,
  routeErrors,
  STAFF_ONLY as STAFF,
} from '../openapi/staffSchemas'
import { MAX_PROPOSAL_ITEMS } from './proposalStatuses'

const TOKEN: Schema = {
  description: 'The token of the link mailed to the client (`/p/{token}`).',
  in: 'path',
  name: 'token',
  required: true,
  schema: { type: 'string' },
}
const json = (description: string, schema: Schema): Schema => ({
  content: { 'application/json': { schema } },
  description,
  headers: {
    'Cache-Control': { schema: { const: 'no-store', type: 'string' } },
    'X-Robots-Tag': { schema: { type: 'string' } },
  },
})

const proposalItemInput: Schema = {
  additionalProperties: false,
  properties: {
    feeAmount: { minimum: 0, type: 'number' },
    feeCurrency: { description: 'ISO 4217, e.g. USD, CNY.', pattern: '^[A-Z]{3}$', type: 'string' },
    note: { maxLength: 2000, type: 'string' },
    speaker: { ...ID, description: 'A published speaker.' },
  },
  required: ['speaker', 'feeAmount', 'feeCurrency'],
  type: 'object',
}

const proposalInput: Schema = {
  properties: {
    bookingRequest: { ...ID, description: 'An open booking request.' },
    eventDate: {
      ...DAY,
      description: 'Default: the booking request’s event date. Today or later.',
    },
    eventEndDate: DAY,
    expiresAt: { ...INSTANT, description: 'In the future. Default: 14 days from now.' },
    internalNote: { description: 'Staff only; never shown to the client.', type: 'string' },
    items: { items: proposalItemInput, maxItems: MAX_PROPOSAL_ITEMS, minItems: 1, type: 'array' },
  },
  required: ['bookingRequest', 'items'],
  type: 'object',
}

/** A proposal as staff read it. */
const proposalDoc: Schema = {
  properties: {
    answer: {
      properties: {
        at: nullable(INSTANT),
        by: nullable({ type: 'string' }),
        kind: nullable({ enum: ['accepted', 'declined'], type: 'string' }),
        reason: nullable({ type: 'string' }),
        speaker: nullable(REF),
      },
      type: 'object',
    },
    bookingRequest: REF,
    createdBy: nullable(REF),
    createdAt: INSTANT,
    eventDate: DAY,
    eventEndDate: nullable(DAY),
    expiresAt: INSTANT,
    id: ID,
    internalNote: nullable({ type: 'string' }),
    items: {
      items: {
        ...proposalItemInput,
        additionalProperties: false,
        properties: {
          ...(proposalItemInput.properties as Record<string, Schema>),
          id: { type: 'string' },
          note: nullable({ type: 'string' }),
          speaker: REF,
        },
      },
      type: 'array',
    },
    sending: {
      properties: {
        at: nullable(INSTANT),
        by: nullable(REF),
        revokedAt: nullable(INSTANT),
        revokedBy: nullable(REF),
      },
      type: 'object',
    },
    status: { enum: ['draft', 'sent', 'accepted', 'declined', 'revoked'], type: 'string' },
    updatedAt: INSTANT,
  },
  required: ['id', 'bookingRequest', 'items', 'expiresAt', 'status'],
  type: 'object',
}

const docAnswer = (description: string): Schema => docAnswerOf(description, proposalDoc)

/** `/api/proposals` and `/api/proposals/{id}`: Payload's own routes, for staff. */
export const proposalCollectionDocs: Record<string, Record<string, Schema>> = {
  '/': {
    post: {
      description:
        'A draft proposal for a booking request: 1–5 published speakers, each with a fee quote.',
      operationId: 'createProposal',
      requestBody: { content: { 'application/json': { schema: proposalInput } }, required: true },
      responses: {
        201: docAnswer('Created (a draft)'),
        400: routeErrors[400],
        403: routeErrors[403],
      },
      security: STAFF,
      summary: 'Make a proposal',
    },
  },
  '/{id}': {
    get: {
      operationId: 'getProposal',
      parameters: [PATH_ID],
      responses: {
        200: {
          content: { 'application/json': { schema: proposalDoc } },
          description: 'The proposal',
        },
        403: routeErrors[403],
        404: routeErrors[404],
      },
      security: STAFF,
      summary: 'Read a proposal',
    },
    patch: {
      description:
        'A draft changes freely; once sent, only its expiry (while unanswered) and internal note.',
      operationId: 'updateProposal',
      parameters: [PATH_ID],
      requestBody: {
        content: { 'application/json': { schema: { ...proposalInput, required: [] } } },
        required: true,
      },
      responses: { 200: docAnswer('Updated'), ...routeErrors },
      security: STAFF,
      summary: 'Change a proposal',
    },
  },
}

export const sendProposalDocs: Schema = {
  description:
    'Mails the requester a link `PUBLIC_SERVER_URL/p/{token}` (the token is never stored or answered) and moves the booking request to `proposal_sent`, recording who sent it.',
  operationId: 'sendProposal',
  parameters: [PATH_ID],
  responses: {
    200: docAnswer('Sent'),
    400: response('BadRequest'),
    ...endpointErrors,
    409: response('Conflict'),
  },
  security: STAFF,
  summary: 'Send a proposal to its client',
}

export const revokeProposalDocs: Schema = {
  description: 'Its link answers 410 from now on.',
  operationId: 'revokeProposal',
  parameters: [PATH_ID],
  responses: { 200: docAnswer('Revoked'), ...endpointErrors, 409: response('Conflict') },
  security: STAFF,
  summary: 'Revoke a proposal',
}

const speakerCard: Schema = {
  properties: {
    jobTitle: nullable({ type: 'string' }),
    name: { type: 'string' },
    organization: nullable({ type: 'string' }),
    photo: nullable({
      properties: {
        alt: nullable({ type: 'string' }),
        height: nullable({ type: 'number' }),
        url: nullable({ type: 'string' }),
        width: nullable({ type: 'number' }),
      },
      type: 'object',
    }),
    shortBio: nullable({ type: 'string' }),
    slug: nullable({ type: 'string' }),
    travelsFrom: {
      properties: { city: nullable({ type: 'string' }), country: nullable({ type: 'string' }) },
      type: 'object',
    },
    videos: {
      items: {
        properties: { title: nullable({ type: 'string' }), url: { type: 'string' } },
        type: 'object',
      },
      type: 'array',
    },
  },
  required: ['name', 'slug'],
  type: 'object',
}

export const publicProposalSchema: Schema = {
  additionalProperties: false,
  properties: {
    answer: nullable({
      properties: {
        at: INSTANT,
        kind: { enum: ['accepted', 'declined'], type: 'string' },
        reason: nullable({ type: 'string' }),
        speaker: nullable({ description: 'The chosen speaker’s slug.', type: 'string' }),
      },
      type: 'object',
    }),
    event: {
      properties: { date: DAY, endDate: nullable(DAY), name: { type: 'string' } },
      required: ['name', 'date'],
      type: 'object',
    },
    expiresAt: INSTANT,
    items: {
      items: {
        properties: {
          feeAmount: { type: 'number' },
          feeCurrency: { type: 'string' },
          note: nullable({ type: 'string' }),
          speaker: speakerCard,
        },
        required: ['speaker', 'feeAmount', 'feeCurrency'],
        type: 'object',
      },
      type: 'array',
    },
    sentBy: nullable({ properties: { name: nullable({ type: 'string' }) }, type: 'object' }),
    status: { enum: ['sent', 'accepted', 'declined'], type: 'string' },
  },
  required: ['status', 'expiresAt', 'event', 'items'],
  type: 'object',
}

const tokenErrors = { 404: response('NotFound'), 410: response('Gone') }

export const proposalByTokenDocs: Schema = {
  description:
    'What the client’s link shows: the event, each offered speaker’s published profile with the fee quote, the sender’s name, and the answer once given. Never cached.',
  operationId: 'getProposalByToken',
  parameters: [TOKEN],
  responses: { 200: json('The proposal', publicProposalSchema), ...tokenErrors },
  security: [{}],
  summary: 'Open a proposal by its link',
}

const answerDocs = (kind: 'accept' | 'decline'): Schema => ({
  description:
    kind === 'accept'
      ? 'Chooses one speaker, once: the booking request moves to `on_hold` and that speaker’s event days are held; staff are told.'
      : 'Declines the whole proposal, once, with a reason; staff are told.',
  operationId: `${kind}Proposal`,
  parameters: [TOKEN],
  requestBody: {
    content: {
      'application/json': {
        schema:
          kind === 'accept'
            ? {
                properties: {
                  speaker: { description: 'The slug of one of its speakers.', type: 'string' },
                },
                required: ['speaker'],
                type: 'object',
              }
            : {
                properties: { reason: { maxLength: 2000, minLength: 1, type: 'string' } },
                required: ['reason'],
                type: 'object',
              },
      },
    },
    required: true,
  },
  responses: {
    200: json('Answered', publicProposalSchema),
    400: response('BadRequest'),
    409: response('Conflict'),
    ...tokenErrors,
  },
  security: [{}],
  summary: kind === 'accept' ? 'Accept a speaker of a proposal' : 'Decline a proposal',
})

export const acceptProposalDocs = answerDocs('accept')
export const declineProposalDocs = answerDocs('decline')
