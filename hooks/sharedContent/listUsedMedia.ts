import type { FieldHook } from 'payload'

import { usedMediaOf } from '../../src/sharedContent/usedMediaOf'

/**
 * Fills `usedMedia` on every save with the media the document shows (its photo, uploads and links
 * in rich text: usedMediaOf), so "which published documents show this image" is an indexed query.
 */
export const listUsedMedia: FieldHook = async ({ collection, data, originalDoc, req }) =>
  collection ? usedMediaOf({ collection, doc: { ...originalDoc, ...data }, req }) : undefined
