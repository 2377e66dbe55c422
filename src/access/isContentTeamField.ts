import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/** Field-level: editors, reviewers and admins (internal review data stays out of public responses). */
export const isContentTeamField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer')
