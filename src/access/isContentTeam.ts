import { byRole } from './byRole'

/** Editors, reviewers and admins: the people who write and manage content (collection or field access). */
export const isContentTeam = byRole('admin', 'editor', 'reviewer')
