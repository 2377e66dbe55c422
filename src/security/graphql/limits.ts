import type { SanitizedConfig } from 'payload'

/** What a GraphQL request may ask for and how long it may run (plugin options, see types.ts). */
export type GraphQLLimits = {
  /** Longest a request may run before it is answered 503 and stops resolving (milliseconds). */
  deadlineMs: number
  /** Highest cost an operation may have (priceOperation.ts). */
  maxCost: number
  /** Fields selected once fragments are expanded, beyond which a query is refused unread. */
  maxExpandedFields: number
  /** Root fields an operation may select, aliases included. */
  maxRootFields: number
  /** Strip "Did you mean …?" from error messages; unset: in production (NODE_ENV, per request). */
  shouldHideSuggestions?: boolean
}

/** Where the plugin leaves the limits in the config, for the validation rule and route wrapper. */
export const GRAPHQL_LIMITS_KEY = 'speakersBureauGraphQLLimits'

export const DEFAULT_GRAPHQL_LIMITS: GraphQLLimits = {
  deadlineMs: 5_000,
  maxCost: 5_000,
  maxExpandedFields: 10_000,
  maxRootFields: 20,
}

/** The limits the plugin put in the config (the defaults for a config without the plugin). */
export const graphQLLimitsOf = (config: Pick<SanitizedConfig, 'custom'>): GraphQLLimits => ({
  ...DEFAULT_GRAPHQL_LIMITS,
  ...(config.custom?.[GRAPHQL_LIMITS_KEY] as Partial<GraphQLLimits> | undefined),
})

/** Whether this request's error messages lose their suggestions (read per request, as Payload does). */
export const shouldHideSuggestions = (limits: GraphQLLimits): boolean =>
  limits.shouldHideSuggestions ?? process.env.NODE_ENV === 'production'
