import type { CollectionBeforeChangeHook } from 'payload'

import { publicStateBeforeSlot, storedPublicState } from '../src/revalidation/publicState'
import { saveIntentSlot } from '../src/workflow/saveIntent'

/**
 * Before a save that can change what the public sees (not a draft save), keeps how the public saw
 * the document, for queueRevalidation to compare with afterwards.
 */
export const rememberPublicState: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (saveIntentSlot.peek(req, collection.slug)?.isDraftSave) return data
  const before =
    operation === 'update' && originalDoc?.id !== undefined
      ? await storedPublicState(collection, originalDoc.id, req)
      : undefined
  publicStateBeforeSlot.put(req, collection.slug, { before })
  return data
}
