import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../../src/access/hasRole'

/**
 * `?draft=true` asks for each document's newest version. For anyone who may not read drafts it would
 * turn a published document with a pending draft into nothing (its newest version is a draft), so for
 * them reads ignore it and serve the published versions. Topics use it too: `?draft=true` reaches
 * their joins (the speakers and interviews listed under a topic), which would drop such documents.
 */
export const ignoreDraftsForPublic: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' || !args.draft || args.overrideAccess) return args
  if (hasRole(args.req?.user, 'admin', 'editor', 'reviewer')) return args
  return { ...args, draft: false }
}
