import type { CollectionBeforeLoginHook } from 'payload'

import { confirmPasswordAttempt } from '../../src/signIn/passwordAttempts'
import { normalizeLogin } from '../../src/signIn/signInKeys'
import { signInAttemptsOf } from './guardPasswordSignIn'

/**
 * Runs only after Payload accepted the password: the attempt guardPasswordSignIn counted as a
 * failure is taken back (the account is not slowed down by its own sign-ins) and the pair's
 * failures are forgotten. Reset-password also signs in, but counted no attempt, so nothing happens.
 */
export const confirmSignIn: CollectionBeforeLoginHook = async ({ req, user }) => {
  const attempts = signInAttemptsOf(req)
  const login = typeof user?.email === 'string' ? normalizeLogin(user.email) : undefined
  const attempt = login ? attempts.get(login) : undefined
  if (!login || !attempt) return user
  attempts.delete(login)
  await confirmPasswordAttempt(req, attempt)
  return user
}
