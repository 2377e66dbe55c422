import type { CollectionBeforeOperationHook } from 'payload'

import { countAddressAttempt } from '../../src/auth/addressAttempts'
import type { SignInPolicy } from '../../src/auth/signInPolicy'

const limitedOperations = new Set(['forgotPassword', 'login', 'unlock'])

/**
 * One counter per client address for login, forgot-password and unlock, whichever way they come
 * (REST, GraphQL, the Local API with the client IP header): 429 with Retry-After past
 * `attemptsPerAddress`; successful sign-ins are taken back (confirmSignIn). The counter lives in
 * the shared store on `req.payload` (hitRateLimit), never in this hook's closure: Next.js builds
 * the GraphQL schema from its own bundled copy of the config, so a store made here was a second
 * counter for GraphQL (40 tries instead of 20).
 */
export const limitSignInAttemptsPerAddress =
  (policy: SignInPolicy): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (!limitedOperations.has(operation)) return args
    await countAddressAttempt({ isSignIn: operation === 'login', policy, req })
    return args
  }
