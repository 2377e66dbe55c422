import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { localize } from '../../src/i18n/localize'
import { hitRateLimit } from '../../src/rateLimits/hitRateLimit'
import { clientIpOf } from '../../src/signIn/passwordAttempts'
import { signInMessages } from '../../src/signIn/signInMessages'
import { type SignInPolicy, signInRules } from '../../src/signIn/signInPolicy'

const limitedOperations = new Set(['forgotPassword', 'login', 'unlock'])

/**
 * One counter per client address for login, forgot-password and unlock, whichever way they come
 * (REST, GraphQL, the Local API with the client IP header): 429 past `attemptsPerAddress`. The
 * counter lives in the shared store on `req.payload` (hitRateLimit), never in this hook's closure:
 * Next.js builds the GraphQL schema from its own bundled copy of the config, so a store made here
 * was a second counter for GraphQL (40 tries instead of 20). No client IP: our own code, not limited.
 */
export const limitSignInAttemptsPerAddress =
  (policy: SignInPolicy): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (!limitedOperations.has(operation)) return args
    const clientIp = clientIpOf(req)
    if (!clientIp) return args
    const { isLimited, retryAfterSeconds } = await hitRateLimit(
      req.payload,
      signInRules(policy).address,
      clientIp,
    )
    if (isLimited) {
      const minutes = Math.ceil(retryAfterSeconds / 60)
      throw new APIError(
        localize(req, signInMessages.tooManyFromAddress(minutes)),
        429,
        undefined,
        true,
      )
    }
    return args
  }
