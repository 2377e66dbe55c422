import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { decideRevalidation, type PublicState } from '../../src/revalidation/decideRevalidation'
import { publicStateBeforeSlot, publicStateOf } from '../../src/revalidation/publicState'
import { REVALIDATE_FRONTEND } from '../../src/vocabulary/taskNames'

const queue = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  before: PublicState | undefined,
  after: PublicState | undefined,
): Promise<void> => {
  const revalidation = decideRevalidation(before, after)
  if (!revalidation) return
  await req.payload.jobs.queue({
    input: { collection, id: String(id), ...revalidation },
    req,
    task: REVALIDATE_FRONTEND,
  })
}

/**
 * Publish, unpublish, slug change or edit of a live document: queues a webhook (with retries) so
 * the frontend revalidates its pages. Draft saves change nothing public and queue nothing.
 */
export const queueRevalidationAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  const remembered = publicStateBeforeSlot.take(req, collection.slug)
  if (!remembered) return doc // a draft save
  await queue(req, collection.slug, doc.id, remembered.before, publicStateOf(collection, doc))
  return doc
}

/** Deleting a live document takes its pages down: the frontend is told (`unpublish`). */
export const queueRevalidationAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  req,
}) => {
  await queue(req, collection.slug, doc.id, publicStateOf(collection, doc), undefined)
}
