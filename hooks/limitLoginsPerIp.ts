import type { CollectionBeforeOperationHook } from 'payload'

import { MemoryStore } from 'express-rate-limit'
import { APIError } from 'payload'

import { CLIENT_IP_HEADER } from './stampNewBookingRequest'

type Args = {
  /** Attempts per client IP per window, counting login, forgot-password and unlock together. */
  perWindow: number
  windowMs: number
}

const limitedOperations = new Set(['forgotPassword', 'login'])

/**
 * An IP rate limit on login and forgot-password, on every path (REST, GraphQL): an attacker can
 * neither guess passwords quickly nor lock out every staff account from one address. Counted per
 * server instance with express-rate-limit's memory store; the client IP is the one the Express
 * server stamped (the socket, or a trusted proxy's X-Forwarded-For).
 */
export const limitLoginsPerIp = ({ perWindow, windowMs }: Args): CollectionBeforeOperationHook => {
  const store = new MemoryStore()
  store.init({ windowMs } as Parameters<MemoryStore['init']>[0])
  return async ({ args, operation, req }) => {
    if (!limitedOperations.has(operation)) return args
    const ip = req.headers?.get(CLIENT_IP_HEADER)
    if (!ip) return args // the Local API from our own code: no client to limit
    const { resetTime, totalHits } = await store.increment(ip)
    if (totalHits > perWindow) {
      const minutes = Math.max(
        1,
        Math.ceil(((resetTime?.getTime() ?? Date.now()) - Date.now()) / 60_000),
      )
      throw new APIError(
        `Too many sign-in attempts from this address: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        429,
        undefined,
        true,
      )
    }
    return args
  }
}
