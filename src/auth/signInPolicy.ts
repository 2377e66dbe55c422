import type { RateLimitRule } from '../rateLimits/rateLimitStore'

/** How sign-ins are limited (plugin options, see src/types.ts). */
export type SignInPolicy = {
  /** Attempts (sign-in, forgot-password, unlock) per client address per `addressWindowMs`. */
  attemptsPerAddress: number
  addressWindowMs: number
  /** Wrong passwords for one account from one address before that address is refused for it. */
  failuresPerAddress: number
  /** How long failures count, and how long a refused (account, address) pair stays refused. */
  failureWindowMs: number
  /** Failures of one account (from anywhere) before each further attempt waits. */
  delayAfterFailures: number
  delayBaseMs: number
  delayMaxMs: number
}

/** The three counters of the sign-in policy, one store each (shared by every app instance). */
export const signInRules = (policy: SignInPolicy) => ({
  /** Every attempt from one client address, whatever the account: login, forgot-password, unlock. */
  address: {
    limit: policy.attemptsPerAddress,
    name: 'sign-in-address',
    windowMs: policy.addressWindowMs,
  } satisfies RateLimitRule,
  /** Wrong passwords for one account, from anywhere: drives the progressive delay. */
  account: {
    limit: policy.delayAfterFailures,
    name: 'sign-in-account',
    windowMs: policy.failureWindowMs,
  } satisfies RateLimitRule,
  /** Wrong passwords for one account from one address: refuses that pair only. */
  pair: {
    limit: policy.failuresPerAddress,
    name: 'sign-in-pair',
    windowMs: policy.failureWindowMs,
  } satisfies RateLimitRule,
})
