import type { CollectionBeforeOperationHook } from 'payload'

import { type SaveOperation, saveIntentSlot } from '../../src/reviews/saveIntent'

const OPERATIONS: Record<string, SaveOperation> = {
  create: 'create',
  restoreVersion: 'restoreVersion',
  update: 'update',
  updateByID: 'update',
}

/**
 * Collection hooks see the request's data merged with the stored document, and do not see the
 * `draft` argument: whether a save writes the published document depends on it (and on `_status`),
 * so both are kept on the request context for the review gate (enforceReviewWorkflow).
 */
export const rememberSaveIntent: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  const kind = OPERATIONS[operation]
  if (!kind || !args.req) return args
  const { data, draft } = args as { data?: Record<string, unknown>; draft?: boolean }
  saveIntentSlot.put(args.req, collection.slug, {
    data: { ...(data ?? {}) },
    isDraftArg: Boolean(draft),
    operation: kind,
  })
  return args
}
