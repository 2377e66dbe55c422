/**
 * graphql-js appends suggestions to its messages from the schema it knows: `Cannot query field
 * "passwor" on type "User". Did you mean "password"?`, also for arguments, input fields, types and
 * enum values (`Did you mean the enum value "x"?`). In production they let a visitor enumerate
 * fields by guessing. graphql 16 has no switch for them (graphql-js#2247); graphql-armor's
 * blockFieldSuggestions rewrites the messages the same way.
 */
export const stripSuggestions = (message: string): string =>
  message.replace(/\s*Did you mean [^?]*\?/g, '')
