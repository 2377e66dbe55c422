import type { AuthOptions } from '../types'
import type { SignInPolicy } from './signInPolicy'

type Options = Required<
  Pick<
    AuthOptions,
    | 'loginRateLimit'
    | 'loginRateWindowMinutes'
    | 'signInDelayAfterFailures'
    | 'signInDelayBaseMs'
    | 'signInDelayMaxMs'
    | 'signInFailuresPerAddress'
    | 'signInFailureWindowMinutes'
  >
>

/** The sign-in policy from the plugin's `auth` options (minutes to milliseconds). */
export const signInPolicyOf = (options: Options): SignInPolicy => ({
  addressWindowMs: options.loginRateWindowMinutes * 60_000,
  attemptsPerAddress: options.loginRateLimit,
  delayAfterFailures: options.signInDelayAfterFailures,
  delayBaseMs: options.signInDelayBaseMs,
  delayMaxMs: options.signInDelayMaxMs,
  failuresPerAddress: options.signInFailuresPerAddress,
  failureWindowMs: options.signInFailureWindowMinutes * 60_000,
})
