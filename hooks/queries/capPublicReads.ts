import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { localize } from '../../src/i18n/localize'

import type { PublicReadCaps } from '../../src/queries/publicReadCaps'

import { queryPrices } from '../../src/security/graphql/queryPrices'

/**
 * What an anonymous REST read may ask of the database. Payload caps neither: `?limit=100000` (or
 * `limit=0`, `pagination=false`: every document) and `?depth=10` (config.maxDepth, with joins
 * populated at each level) were served to anyone. A `limit` over `maxLimit` is a 400; "all" becomes
 * `maxLimit` documents (the page says `hasNextPage`); `depth` over `maxDepth` is lowered to it, as
 * Payload lowers it to `maxDepth`. Only the request's own operation (population lookups carry
 * `currentDepth`), only without a user (the admin reads whole collections over REST, e.g. bulk
 * delete's `limit=0`). GraphQL prices its lists before they run (its cost rule): there only "all"
 * (`pagination: false`, `limit: 0`, a join's `limit: 0`) is capped, at the size its price assumed
 * and at `maxLimit`, for the reads the query asks for (its resolvers read with access control).
 */
export const capPublicReads =
  ({ maxDepth, maxLimit }: PublicReadCaps): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'read' || req.user) return args
    const { currentDepth, depth, limit, overrideAccess, pagination } = args as {
      currentDepth?: number
      depth?: number
      limit?: number
      overrideAccess?: boolean
      pagination?: boolean
    }
    // Population lookups carry currentDepth; our own code's reads skip access control.
    if (currentDepth !== undefined || overrideAccess === true) return args
    const isAll = limit === 0 || (pagination === false && limit === undefined)
    if (req.payloadAPI === 'GraphQL') {
      if (!isAll) return args
      return { ...args, limit: Math.min(maxLimit, queryPrices.unboundedListSize) }
    }
    if (req.payloadAPI !== 'REST') return args
    if (typeof limit === 'number' && limit > maxLimit) {
      const message = localize(req, {
        en: `limit: at most ${maxLimit}; ask for further pages with page.`,
        zh: `limit：最多 ${maxLimit}；请用 page 获取后续页面。`,
      })
      throw new APIError(message, 400, [{ message, path: 'limit' }], true)
    }
    return {
      ...args,
      ...(isAll ? { limit: maxLimit } : {}),
      ...(typeof depth === 'number' && depth > maxDepth ? { depth: maxDepth } : {}),
    }
  }
