import type { CollectionConfig } from 'payload'

import { capPublicReads } from '../../hooks/queries/capPublicReads'
import { stopAtGraphQLDeadline } from '../../hooks/queries/stopAtGraphQLDeadline'
import type { PublicReadCaps } from '../queries/publicReadCaps'
import { mergeHooks } from '../utilities/mergeHooks'

/**
 * The collection with the request budgets first among its beforeOperation hooks: a GraphQL
 * request past its deadline starts no further operation; an anonymous REST read gets at most
 * `maxLimit` documents populated `maxDepth` deep.
 */
export const withRequestBudgets =
  (caps: PublicReadCaps) =>
  (collection: CollectionConfig): CollectionConfig => ({
    ...collection,
    hooks: mergeHooks(
      { beforeOperation: [stopAtGraphQLDeadline, capPublicReads(caps)] },
      collection.hooks,
    ),
  })
