import type { CollectionConfig, Field } from 'payload'

import { fieldAffectsData } from 'payload/shared'

/** Payload's own timestamp fields (collections/config/sanitize.ts), written out. */
const timestamp = (name: 'createdAt' | 'updatedAt'): Field => ({
  name,
  type: 'date',
  admin: { disableBulkEdit: true, hidden: true },
  index: true,
  label: ({ t }) => t(`general:${name}`),
})

/**
 * `createdAt` and `updatedAt` as fields of the collection's own, the same as Payload adds: Payload
 * adds its after giving fields their validation, so a client's `createdAt: "not-a-date"` was
 * stored as it came (as text on SQLite), and every list holding the document answered 500. As our
 * fields they get Payload's date validation: 400 naming the field, nothing stored. The schema is
 * the same.
 */
export const withValidTimestamps = (collection: CollectionConfig): CollectionConfig => {
  if (collection.timestamps === false) return collection
  const has = (name: string) =>
    collection.fields.some((field) => fieldAffectsData(field) && field.name === name)
  const missing = (['updatedAt', 'createdAt'] as const).filter((name) => !has(name))
  if (missing.length === 0) return collection
  return { ...collection, fields: [...collection.fields, ...missing.map(timestamp)] }
}
