import type { CollectionConfig, Field } from 'payload'

import { mapFieldsDeep } from '../utilities/mapFieldsDeep'

/** Any filter at all: Payload then looks the given ids up before saving (an empty filter). */
const anyDocument = () => true

const checked = (field: Field): Field =>
  (field.type === 'relationship' || field.type === 'upload') && !field.filterOptions
    ? ({ ...field, filterOptions: anyDocument } as Field)
    : field

/**
 * Every relationship and upload field checks that the documents it is given exist: Payload checks
 * only the ids' form unless a field has `filterOptions`, so a speaker draft with `photo: 123` (no
 * such media) reached the database, whose foreign key answered 500, after the version row was
 * written (SQLite runs without transactions), and on MongoDB it would have been stored dangling.
 * Now a 400 naming the field, nothing stored.
 */
export const withExistingRelations = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: mapFieldsDeep(collection.fields, checked),
})
