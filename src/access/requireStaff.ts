import type { PayloadRequest } from 'payload'

import type { Bilingual } from '../vocabulary/bilingual'
import type { Role } from '../vocabulary/roles'

import { refuse } from '../utilities/fieldError'
import { hasRole } from './hasRole'

/** For our own endpoints: 401 to anyone signed out, 403 to anyone signed in without one of `roles`. */
export const requireRole = (req: PayloadRequest, roles: Role[], message: Bilingual): void => {
  if (!hasRole(req.user, ...roles)) throw refuse(req, req.user ? 403 : 401, message)
}

/** For our staff endpoints (staff and admins). */
export const requireStaff = (req: PayloadRequest, message: Bilingual): void =>
  requireRole(req, ['admin', 'staff'], message)
