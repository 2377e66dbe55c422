import type { PayloadRequest } from 'payload'

import { roles } from '../vocabulary/roles'
import { hasRole } from './hasRole'

/** Admin panel access: any signed-in user holding one of our roles. */
export const hasAnyRole = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, ...roles)
