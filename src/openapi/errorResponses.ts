import { type Schema, SCHEMAS } from './schemaContext'

/** The error answer of every route (src/http/withFieldPaths.ts makes Payload's shapes this one). */
export const errorSchemas: Record<string, Schema> = {
  Error: {
    properties: {
      errors: { items: { $ref: `${SCHEMAS}ErrorItem` }, minItems: 1, type: 'array' },
    },
    required: ['errors'],
    type: 'object',
  },
  ErrorItem: {
    properties: {
      data: {
        properties: {
          errors: {
            description: 'Each field that is wrong, and why.',
            items: { $ref: `${SCHEMAS}FieldError` },
            type: 'array',
          },
        },
        type: 'object',
      },
      message: {
        description: 'Readable, in the language asked for (Accept-Language).',
        type: 'string',
      },
      name: { description: 'Payload\'s error class, e.g. "ValidationError".', type: 'string' },
      path: {
        description:
          'The field or query parameter this error is about, when it is about one (`email`, `limit`, `where[eventDate][equals]`).',
        type: 'string',
      },
    },
    required: ['message'],
    type: 'object',
  },
  FieldError: {
    properties: {
      label: { type: 'string' },
      message: { type: 'string' },
      path: { description: 'The field, as sent (`email`, `speakers`).', type: 'string' },
    },
    required: ['message', 'path'],
    type: 'object',
  },
}

const errorResponse = (description: string, headers?: Schema): Schema => ({
  content: { 'application/json': { schema: { $ref: `${SCHEMAS}Error` } } },
  description,
  ...(headers ? { headers } : {}),
})

/** Responses every operation shares, by component name. */
export const sharedResponses: Record<string, Schema> = {
  BadRequest: errorResponse(
    'A parameter or field is missing or invalid: each error names it in `path` (and `data.errors[]`); nothing was stored.',
  ),
  Conflict: errorResponse(
    'The document is no longer in a state this action applies to (already sent, answered or revoked).',
  ),
  Forbidden: errorResponse('Signed in, but this is for staff and admins only.'),
  Gone: errorResponse('The link was revoked or has expired.'),
  NotFound: errorResponse("No published document here (drafts are the content team's)."),
  NotModified: {
    description:
      'Unchanged since the `ETag` sent as `If-None-Match`: use the copy you have. No body.',
    headers: { ETag: { $ref: '#/components/headers/ETag' } },
  },
  PayloadTooLarge: errorResponse(
    'The body is larger than this route takes (the booking form: 64 KB unless the bureau set otherwise).',
  ),
  Unauthorized: errorResponse('Sign in first (a staff or admin account).'),
  TooManyRequests: errorResponse('Too many requests from this address for now.', {
    'Retry-After': {
      description: 'Seconds to wait before trying again.',
      schema: { minimum: 0, type: 'integer' },
    },
  }),
}
