import type { QueryProblem } from './findQueryProblem'

/** REST query parameters Payload reads as `=== 'true'`, so `draft=yes` silently meant false. */
const FLAGS = ['draft', 'pagination', 'trash'] as const

/** A boolean query parameter that is neither `true` nor `false`. */
export const findFlagProblem = (
  searchParams: undefined | Pick<URLSearchParams, 'get'>,
): QueryProblem | undefined => {
  for (const flag of FLAGS) {
    const value = searchParams?.get(flag)
    if (value !== null && value !== undefined && value !== 'true' && value !== 'false')
      return {
        message: { en: `${flag}: send true or false.`, zh: `${flag}：请提供 true 或 false。` },
        path: flag,
      }
  }
  return undefined
}
