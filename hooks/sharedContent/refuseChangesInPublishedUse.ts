import type { CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'

import { APIError } from 'payload'

import type { Bilingual } from '../../src/i18n/localize'
import { localize } from '../../src/i18n/localize'
import type { collectionNames } from '../../src/vocabulary/collectionNames'
import {
  decideSharedContentChange,
  mayChangeSharedContentInUse,
} from '../../src/sharedContent/decideSharedContentChange'

type Id = number | string

/** The shared collections this guards: documents without drafts that published ones show. */
type SharedCollection = typeof collectionNames.media | typeof collectionNames.topics

type Args = {
  /** Whether a published speaker or interview uses any of these documents. */
  isAnyInPublishedUse: (args: { ids: Id[]; req: PayloadRequest }) => Promise<boolean>
  message: Bilingual
}

/** Payload names the by-id operations `update` and `delete` at run time; the types name both. */
const CHANGES = new Set(['delete', 'deleteByID', 'update', 'updateByID'])

/** The documents an update or delete will touch: the one by id, or every match of its `where`. */
const targetsOf = async (
  collection: SharedCollection,
  args: { id?: Id; where?: Where },
  req: PayloadRequest,
): Promise<Id[]> => {
  if (args.id !== undefined && args.id !== null) return [args.id]
  if (!args.where) return []
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    pagination: false,
    req,
    select: { createdAt: true },
    where: args.where,
  })
  return docs.map(({ id }) => id)
}

/**
 * Refuses (403, in the reader's language, before anything is stored) a change or deletion of a
 * shared document that a published speaker or interview uses, unless a reviewer or admin asks
 * (decideSharedContentChange). A `beforeOperation` hook, not `beforeChange`: for an upload Payload
 * deletes the old file and writes the new one before any change hook runs, and a bulk update or
 * delete is refused as a whole rather than document by document.
 */
export const refuseChangesInPublishedUse =
  ({ isAnyInPublishedUse, message }: Args): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (!CHANGES.has(operation) || mayChangeSharedContentInUse(req.user)) return args
    const ids = await targetsOf(
      collection.slug as SharedCollection,
      args as { id?: Id; where?: Where },
      req,
    )
    const decision = decideSharedContentChange({
      isInPublishedUse: ids.length > 0 && (await isAnyInPublishedUse({ ids, req })),
      message,
      user: req.user,
    })
    if (!decision.isAllowed) {
      throw new APIError(localize(req, decision.message), 403, undefined, true)
    }
    return args
  }
