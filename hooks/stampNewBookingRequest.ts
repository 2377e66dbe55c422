import type { CollectionBeforeChangeHook } from 'payload'

import crypto from 'node:crypto'

/** The header the Express server sets from the socket (or trusted proxy): never the client's own. */
export const CLIENT_IP_HEADER = 'x-bureau-client-ip'

/**
 * A new request starts as `new`, with where it came from: when (also its createdAt), a keyed hash of
 * the client IP (enough to spot abuse, useless to identify anyone), and the user agent. Whatever the
 * body said about any of these is ignored.
 */
export const stampNewBookingRequest: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const ip = req.headers?.get(CLIENT_IP_HEADER) ?? ''
  const ipHash = ip
    ? crypto.createHmac('sha256', req.payload.secret).update(ip).digest('hex').slice(0, 32)
    : null
  const now = new Date().toISOString()
  return {
    ...data,
    assignee: data.assignee ?? null,
    createdAt: now,
    source: {
      ipHash,
      receivedAt: now,
      userAgent: req.headers?.get('user-agent')?.slice(0, 300) ?? null,
    },
    status: 'new',
    statusHistory: [],
    updatedAt: now,
  }
}
