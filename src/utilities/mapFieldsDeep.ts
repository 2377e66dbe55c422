import type { Field } from 'payload'

type AnyField = Record<string, unknown>

/**
 * Every field, however deep (groups, rows, collapsibles, arrays, tabs, blocks), given to `map`
 * after its own fields were: a new tree, the given one untouched.
 */
export const mapFieldsDeep = (fields: Field[], map: (field: Field) => Field): Field[] =>
  fields.map((field) => {
    let next = field as AnyField
    if ('fields' in next && Array.isArray(next.fields))
      next = { ...next, fields: mapFieldsDeep(next.fields as Field[], map) }
    if (next.type === 'tabs')
      next = {
        ...next,
        tabs: (next.tabs as { fields: Field[] }[]).map((tab) => ({
          ...tab,
          fields: mapFieldsDeep(tab.fields, map),
        })),
      }
    if (next.type === 'blocks')
      next = {
        ...next,
        blocks: (next.blocks as { fields: Field[] }[]).map((block) => ({
          ...block,
          fields: mapFieldsDeep(block.fields, map),
        })),
      }
    return map(next as unknown as Field)
  })
