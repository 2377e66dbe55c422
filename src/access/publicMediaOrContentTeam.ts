import type { Access } from 'payload'

import { hasRole } from './hasRole'

/**
 * Editors, reviewers and admins read every image. Everyone else (anonymous visitors, frontends,
 * staff) reads only media a published speaker or interview shows: the `isPublic` flag the speakers'
 * and interviews' hooks keep (syncPublicMedia), one indexed column, so serving a file stays a single
 * lookup. Applies to lists, counts, by id, GraphQL, populated relations and the files themselves.
 */
export const publicMediaOrContentTeam: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer') ? true : { isPublic: { equals: true } }
