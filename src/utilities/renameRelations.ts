import type { CollectionConfig, Field } from 'payload'

const renameIn = (fields: Field[], from: string, to: string): Field[] =>
  fields.map((field) => {
    let next = field as Record<string, unknown>
    if ('relationTo' in next && next.relationTo === from) next = { ...next, relationTo: to }
    if ('fields' in next && Array.isArray(next.fields))
      next = { ...next, fields: renameIn(next.fields as Field[], from, to) }
    if (next.type === 'tabs')
      next = {
        ...next,
        tabs: (next.tabs as { fields: Field[] }[]).map((tab) => ({
          ...tab,
          fields: renameIn(tab.fields, from, to),
        })),
      }
    if (next.type === 'blocks')
      next = {
        ...next,
        blocks: (next.blocks as { fields: Field[] }[]).map((block) => ({
          ...block,
          fields: renameIn(block.fields, from, to),
        })),
      }
    return next as unknown as Field
  })

/** The collection with every relationship (and join) to `from`, however deep, pointing at `to`. */
export const renameRelations =
  (from: string, to: string) =>
  (collection: CollectionConfig): CollectionConfig =>
    from === to ? collection : { ...collection, fields: renameIn(collection.fields, from, to) }
