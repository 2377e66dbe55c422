import type { CollectionConfig, Field } from 'payload'

import { mapFieldsDeep } from './mapFieldsDeep'

const pointedAt =
  (from: string, to: string) =>
  (field: Field): Field =>
    'relationTo' in field && field.relationTo === from
      ? ({ ...field, relationTo: to } as Field)
      : field

/** The collection with every relationship (and join) to `from`, however deep, pointing at `to`. */
export const renameRelations =
  (from: string, to: string) =>
  (collection: CollectionConfig): CollectionConfig =>
    from === to
      ? collection
      : { ...collection, fields: mapFieldsDeep(collection.fields, pointedAt(from, to)) }
