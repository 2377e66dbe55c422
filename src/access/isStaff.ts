import { byRole } from './byRole'

/** Staff and admins: the people who triage booking requests (collection or field access). */
export const isStaff = byRole('admin', 'staff')
