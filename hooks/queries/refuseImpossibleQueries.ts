import type { CollectionBeforeOperationHook } from 'payload'

import { APIError, NotFound } from 'payload'

import { localize } from '../../src/i18n/localize'
import { findPagingProblem } from '../../src/queries/findPagingProblem'
import { findWhereProblem } from '../../src/queries/findQueryProblem'
import { findFlagProblem } from '../../src/queries/findFlagProblem'
import { findSortOrSelectProblem } from '../../src/queries/findSortOrSelectProblem'
import { isPossibleId } from '../../src/queries/idKind'
import { schemaOf } from '../../src/queries/schemaOf'

/** Operations that take an id, a `where`, or paging (never create, login and the like). */
const QUERYING = new Set([
  'count',
  'countVersions',
  'delete',
  'read',
  'readDistinct',
  'restoreVersion',
  'update',
])

/**
 * Refuses what the database adapter would fail on with a 500: an id that cannot exist on this
 * adapter (`/api/speakers/abc`, PATCH and DELETE too) is a missing document, 404; a `where` with
 * values that cannot be stored in its field (a date that is not one, an impossible id, an option
 * the select lacks, `near` on text) and negative or huge paging are a 400 naming the path. Runs in
 * beforeOperation, so REST, GraphQL and the Local API all meet it, before access is checked: the
 * answer depends on the schema only, never on what is stored.
 */
export const refuseImpossibleQueries: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (!QUERYING.has(operation)) return args
  const schema = schemaOf(req.payload)
  const own = schema.collection(collection.slug)
  const { id, depth, limit, page, select, sort, where } = args as {
    depth?: unknown
    id?: unknown
    limit?: unknown
    page?: unknown
    select?: unknown
    sort?: unknown
    where?: unknown
  }
  if (own && id !== undefined && id !== null && !isPossibleId(id, own.idKind))
    throw new NotFound(req.t)
  const problem =
    findWhereProblem({ schema, slug: collection.slug, where }) ??
    findPagingProblem({ depth, limit, page }) ??
    findSortOrSelectProblem({ schema, select, slug: collection.slug, sort }) ??
    (req.payloadAPI === 'REST' ? findFlagProblem(req.searchParams) : undefined)
  if (problem) {
    const message = localize(req, problem.message)
    throw new APIError(message, 400, [{ message, path: problem.path }], true)
  }
  return args
}
