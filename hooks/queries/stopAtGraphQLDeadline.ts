import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { localize } from '../../src/i18n/localize'

/**
 * Once a GraphQL request's signal has aborted (its deadline passed, see
 * src/security/graphql/withGraphQLLimits.ts, or its client left), no further operation of that
 * request starts: each resolver still to run fails here at once, so the request winds down instead
 * of reading every list it asked for. Payload's `req` is the Request its route handler was given,
 * so `req.signal` is that signal for the request and every Local API call made with its `req`.
 */
export const stopAtGraphQLDeadline: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payloadAPI === 'GraphQL' && req.signal?.aborted)
    throw new APIError(
      localize(req, {
        en: 'The query ran past its deadline and was stopped.',
        zh: '查询超过时限，已被终止。',
      }),
      503,
    )
  return args
}
