import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Field-level: staff and admins only (booking pipeline data the requester never sees or sets). */
export const isStaffField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'staff')
