import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

/**
 * Deletes, with the document, the records that point at it through a required relationship
 * (delivery records of a booking request or a review event): the database cannot set a required
 * column to null, so without this the document could not be deleted at all. In the same
 * transaction, after the delete was allowed.
 */
export const deleteDependentRecords =
  (collection: CollectionSlug, field: string): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({
      collection,
      overrideAccess: true,
      req,
      where: { [field]: { equals: id } },
    })
  }
