import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Editors, reviewers and admins: the people who write and manage content. */
export const isContentTeam: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer')
