type Args = {
  /** Attempts on this account (from anywhere) still counted as failures before this one. */
  priorFailures: number
  afterFailures: number
  baseMs: number
  maxMs: number
}

/**
 * How long an attempt on an account waits before its password is checked: nothing for the first
 * `afterFailures` failures, then base × 2^k (k = 0, 1, …) up to `maxMs`. Guessing slows down to one
 * try per `maxMs`, while the real user still gets in: a delay, never a lock.
 */
export const decideSignInDelay = ({
  afterFailures,
  baseMs,
  maxMs,
  priorFailures,
}: Args): number => {
  const excess = priorFailures - afterFailures
  if (excess < 0) return 0
  // 2^30 already exceeds any sensible cap; keeps the number finite.
  return Math.min(maxMs, baseMs * 2 ** Math.min(excess, 30))
}
