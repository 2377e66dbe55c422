import { byRole } from './byRole'

/** Admins: collection, field and jobs access alike. */
export const isAdmin = byRole('admin')
