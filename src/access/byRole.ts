import type { PayloadRequest } from 'payload'

import type { Role } from '../vocabulary/roles'
import { hasRole } from './hasRole'

/**
 * Access for the holders of any of these roles, in the one shape Payload's collection, field and
 * jobs access all accept (each passes `{ req }`), so one rule serves all three.
 */
export const byRole =
  (...roles: Role[]) =>
  ({ req: { user } }: { req: Pick<PayloadRequest, 'user'> }): boolean =>
    hasRole(user, ...roles)
