import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { checkDummyPassword } from '../../src/auth/checkDummyPassword'
import { beginPasswordAttempt, type PasswordAttempt } from '../../src/auth/passwordAttempts'
import { normalizeLogin } from '../../src/auth/signInKeys'
import type { SignInPolicy } from '../../src/auth/signInPolicy'

const ATTEMPTS = 'speakersBureau.signInAttempts'

/** Attempts under way in this request, by login (a GraphQL request may sign in more than once). */
export const signInAttemptsOf = (req: PayloadRequest): Map<string, PasswordAttempt> => {
  const existing = req.context[ATTEMPTS] as Map<string, PasswordAttempt> | undefined
  if (existing) return existing
  const attempts = new Map<string, PasswordAttempt>()
  req.context[ATTEMPTS] = attempts
  return attempts
}

/**
 * Replaces Payload's per-account lockout (anyone could lock a known staff member out with five wrong
 * passwords, and only real accounts were ever "locked"): before Payload checks the password, the
 * (account, address) pair may be refused and the account's failures slow the attempt down
 * (beginPasswordAttempt). An unknown account goes through the same counters and delay, and its
 * password is checked against a dummy hash, so it answers in the same time with Payload's same
 * "The email or password provided is incorrect." Success is confirmed in confirmSignIn.
 */
export const guardPasswordSignIn =
  (policy: SignInPolicy): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'login') return args
    const { email, password } = (args.data ?? {}) as { email?: unknown; password?: unknown }
    // Missing or malformed: Payload's own 400 answers, the same for every account.
    if (typeof email !== 'string' || typeof password !== 'string' || password.trim() === '')
      return args
    const attempt = await beginPasswordAttempt({ email, policy, req })
    if (attempt) signInAttemptsOf(req).set(attempt.login, attempt)
    const user = await req.payload.db.findOne({
      collection: collection.slug,
      req,
      select: { id: true },
      where: { email: { equals: normalizeLogin(email) } },
    })
    // Payload then finds no account and answers at once: the dummy check takes the hash's time.
    if (!user) await checkDummyPassword(password)
    return args
  }
