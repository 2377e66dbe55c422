import type { PayloadRequest } from 'payload'

import { hitRateLimit, resetRateLimit, takeBackRateLimitHit } from '../rateLimits/hitRateLimit'
import { refuseTooManyRequests } from '../rateLimits/refuseTooManyRequests'
import { CLIENT_IP_HEADER } from '../vocabulary/clientIpHeader'
import { decideSignInDelay } from './decideSignInDelay'
import { normalizeLogin, pairKey } from './signInKeys'
import { signInMessages } from './signInMessages'
import { type SignInPolicy, signInRules } from './signInPolicy'
import { sleep } from '../utilities/sleep'

/** One password check under way, counted as a failure until it is confirmed. */
export type PasswordAttempt = { clientIp: string; login: string; policy: SignInPolicy }

/** The client address the Express server stamped; none for our own Local API calls. */
export const clientIpOf = (req: PayloadRequest): string | undefined =>
  req.headers?.get(CLIENT_IP_HEADER) || undefined

/**
 * Before a password for `email` is checked (sign-in, or the current password of a change): refuses
 * the (account, address) pair after `failuresPerAddress` failures (429, the same answer whether the
 * account exists or not), then makes the attempt wait as long as the account's failures from
 * everywhere say (decideSignInDelay). The attempt is counted as a failure now, so attempts sent at
 * the same moment each see the ones before; confirmPasswordAttempt takes it back on success.
 * Without a client address (our own code) nothing is counted and `undefined` comes back.
 */
export const beginPasswordAttempt = async ({
  email,
  policy,
  req,
}: {
  email: string
  policy: SignInPolicy
  req: PayloadRequest
}): Promise<PasswordAttempt | undefined> => {
  const clientIp = clientIpOf(req)
  if (!clientIp) return undefined
  const login = normalizeLogin(email)
  const rules = signInRules(policy)
  const pair = await hitRateLimit(req.payload, rules.pair, pairKey(login, clientIp))
  if (pair.isLimited) {
    refuseTooManyRequests(
      req,
      pair.retryAfterSeconds,
      signInMessages.refusedFromAddress(Math.ceil(pair.retryAfterSeconds / 60)),
    )
  }
  const account = await hitRateLimit(req.payload, rules.account, login)
  await sleep(
    decideSignInDelay({
      afterFailures: policy.delayAfterFailures,
      baseMs: policy.delayBaseMs,
      maxMs: policy.delayMaxMs,
      priorFailures: account.hits - 1,
    }),
  )
  return { clientIp, login, policy }
}

/** The password was right: the pair starts afresh, and this attempt no longer slows the account. */
export const confirmPasswordAttempt = async (
  req: PayloadRequest,
  { clientIp, login, policy }: PasswordAttempt,
): Promise<void> => {
  const rules = signInRules(policy)
  await resetRateLimit(req.payload, rules.pair, pairKey(login, clientIp))
  await takeBackRateLimitHit(req.payload, rules.account, login)
}
