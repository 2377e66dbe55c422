import type { CollectionBeforeLoginHook } from 'payload'

import { takeBackConfirmedSignIn } from '../../src/auth/addressAttempts'
import { confirmPasswordAttempt } from '../../src/auth/passwordAttempts'
import { normalizeLogin } from '../../src/auth/signInKeys'
import type { SignInPolicy } from '../../src/auth/signInPolicy'
import { signInAttemptsOf } from './guardPasswordSignIn'

/**
 * Runs only after Payload accepted the password: the sign-in counted against the client address
 * is taken back (only failures use up the address's limit), the attempt guardPasswordSignIn
 * counted as a failure is taken back (the account is not slowed down by its own sign-ins) and the
 * pair's failures are forgotten. Reset-password also signs in, but counted nothing, so nothing happens.
 */
export const confirmSignIn =
  (policy: SignInPolicy): CollectionBeforeLoginHook =>
  async ({ req, user }) => {
    await takeBackConfirmedSignIn(req, policy)
    const attempts = signInAttemptsOf(req)
    const login = typeof user?.email === 'string' ? normalizeLogin(user.email) : undefined
    const attempt = login ? attempts.get(login) : undefined
    if (!login || !attempt) return user
    attempts.delete(login)
    await confirmPasswordAttempt(req, attempt)
    return user
  }
