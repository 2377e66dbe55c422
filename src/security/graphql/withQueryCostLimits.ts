import type { Config } from 'payload'

import type { GraphQLLimits } from './limits'
import { limitQueryCost } from './limitQueryCost'

/** The host's GraphQL settings with the cost rule after its own validation rules. */
export const withQueryCostLimits = (
  graphQL: Config['graphQL'],
  limits: GraphQLLimits,
): NonNullable<Config['graphQL']> => ({
  ...graphQL,
  validationRules: (args) => [
    ...(graphQL?.validationRules?.(args) ?? []),
    limitQueryCost({ args, limits }),
  ],
})
