import type { Schema } from './schemaContext'

import { response } from './collectionOperations'

/** The building blocks of the staff routes' documentation (proposals, holds, calendar links). */

/** Staff routes take a JWT (`POST /api/users/login`). */
export const STAFF_ONLY = [{ bearerAuth: [] }]

export const ID: Schema = { oneOf: [{ type: 'integer' }, { type: 'string' }] }

/** A related document: its id, or the document itself when populated (`depth` 1 and up). */
export const REF: Schema = {
  oneOf: [
    { type: 'integer' },
    { type: 'string' },
    { properties: { id: ID }, required: ['id'], type: 'object' },
  ],
}

export const PATH_ID: Schema = {
  in: 'path',
  name: 'id',
  required: true,
  schema: { type: 'string' },
}
export const DAY: Schema = { format: 'date', type: 'string' }
export const INSTANT: Schema = { format: 'date-time', type: 'string' }
export const nullable = (schema: Schema): Schema => ({ oneOf: [schema, { type: 'null' }] })

/** `{ doc }`: what Payload's create and update routes answer. */
export const docAnswer = (description: string, doc: Schema): Schema => ({
  content: {
    'application/json': { schema: { properties: { doc }, required: ['doc'], type: 'object' } },
  },
  description,
})

/** What Payload's own routes answer a caller who is not staff (403, signed in or not) and the rest. */
export const routeErrors = {
  400: response('BadRequest'),
  403: response('Forbidden'),
  404: response('NotFound'),
}

/** Our staff endpoints tell "sign in" (401) from "not yours" (403). */
export const endpointErrors = {
  401: response('Unauthorized'),
  403: response('Forbidden'),
  404: response('NotFound'),
}
