import type { CollectionBeforeChangeHook } from 'payload'

import { publicStateBeforeSlot, storedPublicState } from '../../src/revalidation/publicState'
import { writesPublishedDocument } from '../../src/reviews/decidePublicChange'
import { saveIntentSlot } from '../../src/reviews/saveIntent'

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
  const intent = saveIntentSlot.peek(req, collection.slug)
  const isLiveSave = writesPublishedDocument({
    isDraftArg: intent?.isDraftArg ?? false,
    nextStatus: data._status,
    operation: intent?.operation ?? operation,
  })
  if (!isLiveSave) return data
  const before =
    operation === 'update' && originalDoc?.id !== undefined
      ? await storedPublicState(collection, originalDoc.id, req)
      : undefined
  publicStateBeforeSlot.put(req, collection.slug, { before })
  return data
}
