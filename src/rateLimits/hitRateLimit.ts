import type { Payload } from 'payload'

import { type RateLimitRule, rateLimitStore } from './rateLimitStore'

export type RateLimitResult = {
  hits: number
  isLimited: boolean
  /** Seconds until the window ends (at least 1). */
  retryAfterSeconds: number
}

const secondsUntil = (resetTime: Date | undefined, windowMs: number): number =>
  Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000))

/** Counts one hit of `client` against `rule` and says whether it went over the limit. */
export const hitRateLimit = async (
  payload: Payload,
  rule: RateLimitRule,
  client: string,
): Promise<RateLimitResult> => {
  const { resetTime, totalHits } = await rateLimitStore(payload, rule).increment(client)
  return {
    hits: totalHits,
    isLimited: totalHits > rule.limit,
    retryAfterSeconds: secondsUntil(resetTime, rule.windowMs),
  }
}

/** The hits of `client` so far in the current window, without counting one. */
export const peekRateLimit = async (
  payload: Payload,
  rule: RateLimitRule,
  client: string,
): Promise<RateLimitResult> => {
  const info = await rateLimitStore(payload, rule).get?.(client)
  const hits = info?.totalHits ?? 0
  return {
    hits,
    isLimited: hits >= rule.limit,
    retryAfterSeconds: secondsUntil(info?.resetTime, rule.windowMs),
  }
}

/** Forgets `client`'s hits (say, after a successful sign-in). */
export const resetRateLimit = async (
  payload: Payload,
  rule: RateLimitRule,
  client: string,
): Promise<void> => {
  await rateLimitStore(payload, rule).resetKey(client)
}

/** Takes back one hit of `client` (an attempt counted in advance that turned out fine). */
export const takeBackRateLimitHit = async (
  payload: Payload,
  rule: RateLimitRule,
  client: string,
): Promise<void> => {
  await rateLimitStore(payload, rule).decrement(client)
}
