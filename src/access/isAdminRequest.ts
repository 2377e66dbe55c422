import type { PayloadRequest } from 'payload'

import { hasRole } from './hasRole'

/** For request-level checks (jobs endpoints): the signed-in user is an admin. */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin')
