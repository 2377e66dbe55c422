import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import type { PublicState } from './decideRevalidation'
import { contextSlot } from '../utilities/contextSlot'

/** The public state before this save (none for a create), kept from beforeChange for afterChange. */
export const publicStateBeforeSlot = contextSlot<{ before: PublicState | undefined }>(
  'publicStateBefore',
)

const hasDrafts = (collection: SanitizedCollectionConfig): boolean =>
  Boolean(collection.versions && collection.versions.drafts)

/** How the public sees a stored document of this collection (drafts never, no-draft docs always). */
export const publicStateOf = (
  collection: SanitizedCollectionConfig,
  doc: { _status?: null | string; slug?: null | string } | null | undefined,
): PublicState | undefined =>
  doc
    ? { live: !hasDrafts(collection) || doc._status === 'published', slug: doc.slug ?? null }
    : undefined

/**
 * What the public sees of the document right now: the collection's own row, which a draft save
 * never touches (with drafts, `originalDoc` may be a newer draft version).
 */
export const storedPublicState = async (
  collection: SanitizedCollectionConfig,
  id: number | string,
  req: PayloadRequest,
): Promise<PublicState | undefined> => {
  const stored = await req.payload.db.findOne<{
    _status?: string
    id: number | string
    slug?: string
  }>({
    collection: collection.slug,
    req,
    where: { id: { equals: id } },
  })
  return publicStateOf(collection, stored)
}
