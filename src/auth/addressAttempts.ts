import type { PayloadRequest } from 'payload'

import { hitRateLimit, takeBackRateLimitHit } from '../rateLimits/hitRateLimit'
import { refuseTooManyRequests } from '../rateLimits/refuseTooManyRequests'
import { clientIpOf } from './passwordAttempts'
import { signInMessages } from './signInMessages'
import { type SignInPolicy, signInRules } from './signInPolicy'

/** Sign-ins of this request counted against its address and not yet confirmed (GraphQL may send several). */
const PENDING = 'speakersBureau.addressSignInsPending'

/**
 * Counts one attempt (sign-in, forgot-password, unlock) from the request's client address and
 * refuses it past `attemptsPerAddress` (429 with Retry-After). A sign-in is counted before the
 * password is checked, so attempts sent at the same moment each see the others, and taken back
 * by takeBackConfirmedSignIn once the password was right: only failures use up the limit, and an
 * office of twenty behind one address signs in all day. Without a client address (our own code)
 * nothing is counted.
 */
export const countAddressAttempt = async ({
  isSignIn,
  policy,
  req,
}: {
  isSignIn: boolean
  policy: SignInPolicy
  req: PayloadRequest
}): Promise<void> => {
  const clientIp = clientIpOf(req)
  if (!clientIp) return
  const { isLimited, retryAfterSeconds } = await hitRateLimit(
    req.payload,
    signInRules(policy).address,
    clientIp,
  )
  if (isLimited) {
    refuseTooManyRequests(
      req,
      retryAfterSeconds,
      signInMessages.tooManyFromAddress(Math.ceil(retryAfterSeconds / 60)),
    )
  }
  if (isSignIn) req.context[PENDING] = ((req.context[PENDING] as number) || 0) + 1
}

/** The password was right: the sign-in counted against the address is taken back. */
export const takeBackConfirmedSignIn = async (
  req: PayloadRequest,
  policy: SignInPolicy,
): Promise<void> => {
  const pending = (req.context[PENDING] as number) || 0
  const clientIp = clientIpOf(req)
  if (!pending || !clientIp) return
  req.context[PENDING] = pending - 1
  await takeBackRateLimitHit(req.payload, signInRules(policy).address, clientIp)
}
