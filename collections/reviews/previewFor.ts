import type { CollectionConfig } from 'payload'

/**
 * "Preview" in the edit view: the frontend's page for this document under `base` (the plugin's
 * `previewUrl`), asked for with `draft=true` (the frontend reads drafts with its own signed-in
 * token; the public never can).
 */
export const previewFor =
  (
    collection: string,
    base: string,
  ): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc) => {
    const slug = (doc as { slug?: string }).slug
    return slug
      ? `${base.replace(/\/$/, '')}/${collection}/${encodeURIComponent(slug)}?draft=true`
      : null
  }

/** The collection with "Preview" linking to the frontend, when the bureau has one (`previewUrl`). */
export const withPreview =
  (base: string | undefined) =>
  (collection: CollectionConfig): CollectionConfig =>
    base
      ? {
          ...collection,
          admin: { ...collection.admin, preview: previewFor(collection.slug, base) },
        }
      : collection
