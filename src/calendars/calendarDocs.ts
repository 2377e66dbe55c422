import type { Schema } from '../openapi/schemaContext'

import { response } from '../openapi/collectionOperations'
import { endpointErrors as errors, PATH_ID, STAFF_ONLY as STAFF } from '../openapi/staffSchemas'

export const calendarLinkDocs: Schema = {
  description:
    'A secret iCalendar feed URL for the speaker (or their agent): confirmed engagements and holds (TENTATIVE). Shown once; the speaker’s earlier URL stops working.',
  operationId: 'createSpeakerCalendarLink',
  parameters: [PATH_ID],
  responses: {
    200: {
      content: {
        'application/json': {
          schema: {
            properties: { url: { format: 'uri', type: 'string' } },
            required: ['url'],
            type: 'object',
          },
        },
      },
      description: 'The feed URL',
    },
    ...errors,
  },
  security: STAFF,
  summary: 'Make a speaker’s calendar feed link',
}

export const revokeCalendarLinkDocs: Schema = {
  description: 'The speaker’s feed URL answers 404 from now on.',
  operationId: 'revokeSpeakerCalendarLink',
  parameters: [PATH_ID],
  responses: {
    200: {
      content: {
        'application/json': {
          schema: {
            properties: { revoked: { type: 'boolean' } },
            required: ['revoked'],
            type: 'object',
          },
        },
      },
      description: 'Revoked (`revoked: false`: there was no link)',
    },
    ...errors,
  },
  security: STAFF,
  summary: 'Revoke a speaker’s calendar feed link',
}

export const calendarFeedDocs: Schema = {
  description:
    'The feed a calendar link points at (RFC 5545): all-day events, CONFIRMED for engagements, TENTATIVE for holds, from 90 days back.',
  operationId: 'getSpeakerCalendarFeed',
  parameters: [{ in: 'path', name: 'token', required: true, schema: { type: 'string' } }],
  responses: {
    200: {
      content: { 'text/calendar': { schema: { type: 'string' } } },
      description: 'The iCalendar feed',
    },
    404: response('NotFound'),
  },
  security: [{}],
  summary: 'A speaker’s calendar feed',
}
