import type { Access } from 'payload'

import { hasRole } from './hasRole'

/**
 * Reviewers and admins change any image; editors only those no published document shows (the
 * admin shows the others read-only to them). The clear refusal, also for bulk and file
 * replacement, comes from hooks/sharedContent/refuseChangesInPublishedUse.
 */
export const unusedMediaOrReviewers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'reviewer')) return true
  if (hasRole(user, 'editor')) return { isPublic: { not_equals: true } }
  return false
}
