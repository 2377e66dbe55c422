import type { PayloadRequest } from 'payload'

import type { Bilingual } from '../vocabulary/bilingual'

import { refuse } from '../utilities/fieldError'
import { hasRole } from './hasRole'

/** For our staff endpoints: 401 to anyone signed out, 403 to anyone signed in without the role. */
export const requireStaff = (req: PayloadRequest, message: Bilingual): void => {
  if (!hasRole(req.user, 'admin', 'staff')) throw refuse(req, req.user ? 403 : 401, message)
}
