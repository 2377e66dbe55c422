import type { CollectionConfig } from 'payload'

/**
 * "Preview" in the edit view when PREVIEW_URL is set: the frontend's page for this document, asked
 * for with `draft=true` (the frontend reads drafts with its own signed-in token; the public never can).
 */
export const previewFor =
  (collection: string): NonNullable<NonNullable<CollectionConfig['admin']>['preview']> =>
  (doc) => {
    const base = process.env.PREVIEW_URL
    const slug = (doc as { slug?: string }).slug
    return base && slug
      ? `${base.replace(/\/$/, '')}/${collection}/${encodeURIComponent(slug)}?draft=true`
      : null
  }
