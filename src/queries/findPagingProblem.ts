import type { QueryProblem } from './findQueryProblem'

const isWhole = (value: number, min: number): boolean => Number.isSafeInteger(value) && value >= min

/** A value the request gave: Payload's parseParams leaves `page=abc` a string, `depth=abc` NaN. */
const isGiven = (value: unknown): boolean => value !== undefined && value !== null

/**
 * `limit`, `page` and `depth` that are not whole numbers in range. PostgreSQL fails a negative OFFSET
 * (`page=-1`, also through GraphQL) and a LIMIT past bigint (`limit=99999999999999999999`), answered
 * 500; `page=abc`, `limit=abc` and `depth=-1` were answered as if absent, `page` echoed as "abc".
 */
export const findPagingProblem = ({
  depth,
  limit,
  page,
}: {
  depth?: unknown
  limit?: unknown
  page?: unknown
}): QueryProblem | undefined => {
  if (isGiven(depth) && !(typeof depth === 'number' && isWhole(depth, 0)))
    return {
      message: { en: 'depth: send a whole number from 0.', zh: 'depth：请提供不小于 0 的整数。' },
      path: 'depth',
    }
  if (isGiven(limit) && !(typeof limit === 'number' && isWhole(limit, 0)))
    return {
      message: {
        en: 'limit: send a whole number from 0 (0: no limit).',
        zh: 'limit：请提供不小于 0 的整数（0 表示不限）。',
      },
      path: 'limit',
    }
  if (isGiven(page) && !(typeof page === 'number' && isWhole(page, 0)))
    return {
      message: { en: 'page: send a whole number from 1.', zh: 'page：请提供不小于 1 的整数。' },
      path: 'page',
    }
  return undefined
}
