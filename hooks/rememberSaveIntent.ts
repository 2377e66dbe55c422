import type { CollectionBeforeOperationHook } from 'payload'

import { saveIntentSlot } from '../src/workflow/saveIntent'

/**
 * Collection hooks see the request's data merged with the stored document and do not see `?draft`.
 * The review rules need both (is this a draft save, an explicit publish, a status-only schedule?),
 * so they are kept on the request context here.
 */
export const rememberSaveIntent: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  if (!args.req) return args
  saveIntentSlot.put(args.req, collection.slug, {
    data: { ...(args.data ?? {}) },
    isDraftSave: Boolean(args.draft),
  })
  return args
}
