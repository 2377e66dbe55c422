import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Staff and admins: the people who triage booking requests. */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'staff')
