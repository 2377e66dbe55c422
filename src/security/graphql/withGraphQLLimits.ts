import type { SanitizedConfig } from 'payload'

import { parse } from 'graphql'

import { languageOf } from '../../http/refusal'
import { findFragmentProblem } from './findFragmentProblem'
import { findNestingDepth } from './findNestingDepth'
import { finishGraphQLResponse } from './finishGraphQLResponse'
import { graphQLRefusal } from './graphQLRefusal'
import { type GraphQLLimits, graphQLLimitsOf, shouldHideSuggestions } from './limits'
import { graphQLMessages } from './messages'

type Handler = (request: Request) => Promise<Response>

const DEADLINE = Symbol('deadline')

/** Brackets a query may nest (selections, arguments, list and object values together). */
const MAX_NESTING = 64

/** The query text of a JSON GraphQL body; anything else is left for Payload to answer. */
const queryOf = (bytes: Uint8Array): string | undefined => {
  try {
    const { query } = JSON.parse(new TextDecoder().decode(bytes)) as { query?: unknown }
    return typeof query === 'string' ? query : undefined
  } catch {
    return undefined
  }
}

const parseQuery = (query: string) => {
  try {
    return parse(query)
  } catch {
    return undefined
  }
}

const queryRefusal = (bytes: Uint8Array, limits: GraphQLLimits) => {
  const query = queryOf(bytes)
  if (query === undefined) return undefined
  if (findNestingDepth(query, MAX_NESTING) > MAX_NESTING)
    return { code: 'QUERY_TOO_DEEP', message: graphQLMessages.tooDeep(MAX_NESTING) }
  const document = parseQuery(query)
  const problem = document && findFragmentProblem(document, limits.maxExpandedFields)
  if (!problem) return undefined
  return problem.kind === 'cycle'
    ? { code: 'FRAGMENT_CYCLE', message: graphQLMessages.fragmentCycle(problem.fragment) }
    : {
        code: 'QUERY_TOO_LARGE',
        message: graphQLMessages.tooLarge(problem.fields, problem.maxFields),
      }
}

/**
 * Wraps Payload's GraphQL route handler (src/app/(payload)/api/graphql/route.ts, and the tests'
 * apiClient) with what Payload's handler cannot do itself:
 *
 * 1. Brackets nested more than 64 deep (graphql-js's recursive parser overflows the stack on a
 *    5,000-deep list value: findNestingDepth.ts), and fragments no recursive walk survives (a
 *    cycle, spreads that double at each level) are a 400 before Payload's handler, whose always-on
 *    complexity rule would overflow the stack on them (findFragmentProblem.ts). The query is parsed once more for this, a few microseconds.
 * 2. A deadline (`deadlineMs`, plugin option `api.graphQLDeadlineMs`). GraphQL resolves field after
 *    field, each a Local API operation with the request as `req` (Payload's `req` is the very
 *    Request object it is handed), so the deadline travels as that Request's `signal`: once it
 *    aborts, hooks/queries/stopAtGraphQLDeadline.ts refuses every further database operation of
 *    the request, and the resolvers left fail at once instead of running on. The client does not
 *    wait for that: it is answered 503 with a clear error as soon as the deadline passes. A query
 *    already sent to the database finishes there (no driver here cancels one); the cost limit keeps
 *    each such query to one page.
 * 3. Refused queries are HTTP 400, and in production error messages name no fields the client did
 *    not write (finishGraphQLResponse.ts).
 */
export const withGraphQLLimits =
  (handler: Handler, config: Promise<SanitizedConfig> | SanitizedConfig): Handler =>
  async (request) => {
    const awaitedConfig = await config
    const limits = graphQLLimitsOf(awaitedConfig)
    const language = () => languageOf(awaitedConfig, request.headers)
    const bytes = new Uint8Array(await request.arrayBuffer())
    const refused = queryRefusal(bytes, limits)
    if (refused)
      return graphQLRefusal({
        code: refused.code,
        config: awaitedConfig,
        message: refused.message[language()],
        request,
        status: 400,
      })

    const deadline = new AbortController()
    const timer = setTimeout(() => deadline.abort(), limits.deadlineMs)
    const passed = new Promise<typeof DEADLINE>((resolve) =>
      deadline.signal.addEventListener('abort', () => resolve(DEADLINE), { once: true }),
    )
    try {
      const answer = handler(
        new Request(request.url, {
          body: bytes.byteLength > 0 ? bytes : null,
          headers: request.headers,
          method: request.method,
          signal: AbortSignal.any([request.signal, deadline.signal]),
        }),
      )
      // Past the deadline the handler still settles (its last resolvers failing fast); nobody waits.
      answer.catch(() => undefined)
      const outcome = await Promise.race([answer, passed])
      if (outcome === DEADLINE)
        return graphQLRefusal({
          code: 'DEADLINE_EXCEEDED',
          config: awaitedConfig,
          message: graphQLMessages.deadline(limits.deadlineMs / 1000)[language()],
          request,
          status: 503,
        })
      return finishGraphQLResponse(outcome, {
        shouldHideSuggestions: shouldHideSuggestions(limits),
      })
    } finally {
      clearTimeout(timer)
    }
  }
