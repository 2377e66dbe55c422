import type { SaveOperation } from './saveIntent'

export type PublicChange = 'none' | 'publish' | 'unpublish' | 'update-live'

type Args = {
  /** Whether what anonymous readers see of the document (its public fields) would differ. */
  isPublicContentChanged: boolean
  /** The `draft` argument of the operation; unknown counts as false (the save may go live). */
  isDraftArg: boolean
  /** `_status` in the data Payload is about to store (after its own draft handling). */
  nextStatus?: unknown
  /** `_status` of the newest version, which Payload merges the data into. */
  latestStatus?: unknown
  /** `_status` of the published (main) document before the save; undefined when it is new. */
  mainStatus?: unknown
  operation: SaveOperation
}

/**
 * Whether a save writes the published (main) document, the one the public reads. Payload writes it
 * unless the save is a draft: for an update that is `draft` *and* a `_status` other than
 * "published" (payload/dist/collections/operations/utilities/update.js, `isSavingDraft`), for a
 * version restore the `draft` argument alone (restoreVersion.js); a create always writes it.
 */
export const writesPublishedDocument = ({
  isDraftArg,
  nextStatus,
  operation,
}: Pick<Args, 'isDraftArg' | 'nextStatus' | 'operation'>): boolean => {
  if (operation === 'create') return true
  if (operation === 'restoreVersion') return !isDraftArg
  return !(isDraftArg && nextStatus !== 'published')
}

/**
 * What a save would change for anonymous readers, decided from what Payload will store, never from
 * the shape of the request.
 */
export const decidePublicChange = ({
  isDraftArg,
  isPublicContentChanged,
  latestStatus,
  mainStatus,
  nextStatus,
  operation,
}: Args): PublicChange => {
  if (!writesPublishedDocument({ isDraftArg, nextStatus, operation })) return 'none'
  const storedStatus = nextStatus ?? latestStatus
  const wasPublic = operation !== 'create' && mainStatus === 'published'
  const willBePublic = storedStatus === 'published'
  if (!wasPublic) return willBePublic ? 'publish' : 'none'
  if (!willBePublic) return 'unpublish'
  return isPublicContentChanged ? 'update-live' : 'none'
}
