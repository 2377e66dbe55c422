import type { FlattenedField } from 'payload'

/** Payload's own fields every document has, that nobody sends. */
const SYSTEM_FIELDS = new Set(['createdAt', 'id', 'updatedAt'])

/** Keeps the fields `keep` allows, inside groups, arrays and blocks too. */
const filterFields = (
  fields: FlattenedField[],
  keep: (field: FlattenedField) => boolean,
): FlattenedField[] =>
  fields.filter(keep).map((field) => {
    if (field.type === 'blocks')
      return {
        ...field,
        blocks: field.blocks.map((block) => ({
          ...block,
          flattenedFields: filterFields(block.flattenedFields, keep),
        })),
      }
    if ('flattenedFields' in field && Array.isArray(field.flattenedFields))
      return {
        ...field,
        flattenedFields: filterFields(field.flattenedFields, keep),
      } as FlattenedField
    return field
  })

/**
 * The fields anyone may read: no read access rule (those are the content team's: review state,
 * who edited, which media a draft uses), never `hidden`.
 */
export const readableFields = (fields: FlattenedField[]): FlattenedField[] =>
  filterFields(fields, (field) => !field.hidden && !field.access?.read)

/** The top-level fields anyone may send on create: no create access rule, not hidden, no joins. */
export const creatableFields = (fields: FlattenedField[]): FlattenedField[] =>
  filterFields(
    fields,
    (field) =>
      !field.hidden &&
      !field.access?.create &&
      !field.admin?.hidden &&
      field.type !== 'join' &&
      !SYSTEM_FIELDS.has(field.name),
  )
