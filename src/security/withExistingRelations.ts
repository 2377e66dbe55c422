import type { CollectionConfig, Field, PayloadRequest, Validate } from 'payload'

import { relationship, upload } from 'payload/shared'

import { idOf, idsOf } from '../utilities/idOf'
import { mapFieldsDeep } from '../utilities/mapFieldsDeep'

type Id = number | string

/** The ids a relationship value holds, one or many (ids or populated documents). */
const idsIn = (value: unknown): Id[] =>
  Array.isArray(value)
    ? idsOf(value)
    : [idOf(value)].filter((id): id is Id => id !== undefined && id !== null)

/** Which of `ids` no document of `collection` has (whoever may read them: existence only). */
const missingIds = async (req: PayloadRequest, collection: string, ids: Id[]): Promise<Id[]> => {
  const { docs } = await req.payload.find({
    collection: collection as 'speakers',
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: ids } },
  })
  const found = new Set(docs.map(({ id }) => String(id)))
  return ids.filter((id) => !found.has(String(id)))
}

/** The field's own validation, then: do the ids it newly holds belong to documents? */
const existing = (field: Field & { relationTo: string; type: 'relationship' | 'upload' }) => {
  const own = (field.validate ?? (field.type === 'upload' ? upload : relationship)) as Validate
  return (async (value, options) => {
    const verdict = await own(value, options)
    if (verdict !== true) return verdict
    const before = new Set(idsIn(options.previousValue).map(String))
    const added = [...new Set(idsIn(value).filter((id) => !before.has(String(id))))]
    if (added.length === 0) return true
    const missing = await missingIds(options.req, field.relationTo, added)
    return missing.length === 0
      ? true
      : `${options.req.t('validation:invalidSelections')} ${missing.join(', ')}`
  }) as Validate
}

const checked = (field: Field): Field =>
  (field.type === 'relationship' || field.type === 'upload') &&
  typeof field.relationTo === 'string' &&
  !field.filterOptions
    ? ({ ...field, validate: existing(field as never) } as Field)
    : field

/**
 * Every relationship and upload field checks that the documents it is newly given exist: Payload
 * checks only the ids' form unless a field has `filterOptions`, so a speaker draft with
 * `photo: 123` (no such media) reached the database, whose foreign key answered 500 after the
 * version row was written (SQLite runs without transactions), and on MongoDB it would have been
 * stored dangling. Now a 400 naming the field, nothing stored. Existence only, whoever may read the
 * document (staff keep saving a hold whose speaker was unpublished since), and only for ids the
 * save adds (one an admin's deletion left dangling on MongoDB does not block the next save).
 */
export const withExistingRelations = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  fields: mapFieldsDeep(collection.fields, checked),
})
