import type { Where } from 'payload'

/**
 * Accounts an admin has not deactivated, as a query: mail recipients and people pickers use it.
 * `not_equals` also matches accounts stored before the field existed (NULL on SQL databases).
 */
export const activeUsers: Where = { isDeactivated: { not_equals: true } }

/** Whether an account (a stored user, `req.user`) has been deactivated by an admin. */
export const isDeactivatedUser = (user: unknown): boolean =>
  Boolean(user && typeof user === 'object' && (user as { isDeactivated?: unknown }).isDeactivated)
