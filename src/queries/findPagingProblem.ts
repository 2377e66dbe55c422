import type { QueryProblem } from './findQueryProblem'

const isWhole = (value: number, min: number): boolean => Number.isSafeInteger(value) && value >= min

/**
 * `limit` and `page` the databases refuse: PostgreSQL fails a negative OFFSET (`page=-1`, also
 * through GraphQL) and a LIMIT past bigint (`limit=99999999999999999999`), answered 500. Strings
 * that are not numbers never get here as numbers: Payload's parseParams leaves them out.
 */
export const findPagingProblem = ({
  limit,
  page,
}: {
  limit?: unknown
  page?: unknown
}): QueryProblem | undefined => {
  if (typeof limit === 'number' && !isWhole(limit, 0))
    return {
      message: {
        en: 'limit: send a whole number from 0 (0: no limit).',
        zh: 'limit：请提供不小于 0 的整数（0 表示不限）。',
      },
      path: 'limit',
    }
  if (typeof page === 'number' && !isWhole(page, 0))
    return {
      message: { en: 'page: send a whole number from 1.', zh: 'page：请提供不小于 1 的整数。' },
      path: 'page',
    }
  return undefined
}
