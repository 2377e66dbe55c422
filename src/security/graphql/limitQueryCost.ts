import type { PayloadRequest } from 'payload'

import {
  type ExecutionArgs,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type ValidationRule,
} from 'graphql'

import { type Bilingual, localize } from '../../i18n/localize'
import type { GraphQLLimits } from './limits'
import { graphQLMessages } from './messages'
import { priceOperation } from './priceOperation'

/**
 * Refuses, before anything runs, an operation whose price (priceOperation.ts) is over
 * `maxCost`, that selects more than `maxRootFields` root fields, or whose fragments form a cycle.
 * Payload's own `maxComplexity` counts one per selected field (ten per join) whatever a list's
 * `limit`, so 500 aliased `countSpeakers` (500 count queries, 17-20 s on 50k speakers) passed.
 * The answer is a GraphQL error with `extensions.statusCode: 400` (withGraphQLLimits.ts answers
 * it with HTTP 400) in the request's language.
 */
export const limitQueryCost =
  ({ args, limits }: { args: ExecutionArgs; limits: GraphQLLimits }): ValidationRule =>
  (context) => {
    const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
    const refuse = (message: Bilingual, extensions: Record<string, unknown>) =>
      context.reportError(
        new GraphQLError(localize(req, message), {
          extensions: { ...extensions, statusCode: 400 },
        }),
      )
    return {
      OperationDefinition: (operation) => {
        const fragments = context
          .getDocument()
          .definitions.filter(
            (definition): definition is FragmentDefinitionNode =>
              definition.kind === Kind.FRAGMENT_DEFINITION,
          )
        const price = priceOperation({
          fragments,
          operation,
          schema: context.getSchema(),
          variables: args.variableValues,
        })
        if (price.kind === 'cycle') {
          refuse(graphQLMessages.fragmentCycle(price.fragment), { code: 'FRAGMENT_CYCLE' })
        } else if (price.rootFields > limits.maxRootFields) {
          refuse(graphQLMessages.tooManyRootFields(price.rootFields, limits.maxRootFields), {
            code: 'TOO_MANY_ROOT_FIELDS',
            maxRootFields: limits.maxRootFields,
            rootFields: price.rootFields,
          })
        } else if (price.cost > limits.maxCost) {
          refuse(graphQLMessages.tooCostly(price.cost, limits.maxCost), {
            code: 'QUERY_TOO_COSTLY',
            cost: price.cost,
            maxCost: limits.maxCost,
          })
        }
        // Priced as a whole: nothing below the operation is this rule's business.
        return false
      },
    }
  }
