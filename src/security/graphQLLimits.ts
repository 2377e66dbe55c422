import type { Config } from 'payload'

import { depthLimit } from '@graphile/depth-limit'

export const graphQLLimits = {
  /** Payload's complexity count (1 per field, more for relationships): refuses fan-out bombs. */
  maxComplexity: 1000,
  /** Nesting of selection sets (a speaker's topics' parent's name is 5). */
  maxDepth: 10,
  /** Lists inside lists (docs → topics → speakers is 3). */
  maxListDepth: 4,
} as const

/**
 * GraphQL for the public: complexity and depth limits on every query, and in production no
 * playground and no introspection (Payload's own switches).
 */
export const hardenedGraphQL = (): NonNullable<Config['graphQL']> => {
  const limitDepth = depthLimit({
    maxDepth: graphQLLimits.maxDepth,
    maxListDepth: graphQLLimits.maxListDepth,
  })
  return {
    disableIntrospectionInProduction: true,
    disablePlaygroundInProduction: true,
    maxComplexity: graphQLLimits.maxComplexity,
    validationRules: () => [limitDepth],
  }
}
