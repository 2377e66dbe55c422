import type { Access } from 'payload'

import { hasRole } from './hasRole'

/**
 * Editors, reviewers and admins read every document, drafts included. Everyone else (anonymous
 * visitors, frontends, and staff, who triage bookings rather than content) reads published ones only.
 */
export const publishedOrContentTeam: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer') ? true : { _status: { equals: 'published' } }
