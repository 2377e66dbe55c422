import type { FlattenedField } from 'payload'

import { idOf } from '../utilities/idOf'

type Id = number | string

type Args = {
  doc: Record<string, unknown> | null | undefined
  fields: FlattenedField[]
  /** The upload collection looked for. */
  media: string
  /** Top-level fields left out (the list this answer is stored in). */
  skip?: readonly string[]
}

type Found = Map<string, Id>

const add = (found: Found, value: unknown): void => {
  const id = idOf(value)
  if (id !== undefined && id !== '') found.set(String(id), id)
}

/**
 * Rich text (Lexical JSON) names another document as `{ relationTo, value }`: upload and
 * relationship nodes, and internal links (`fields.doc`) alike.
 */
const fromRichText = (node: unknown, media: string, found: Found): void => {
  if (Array.isArray(node)) {
    for (const item of node) fromRichText(item, media, found)
    return
  }
  if (!node || typeof node !== 'object') return
  const { relationTo, value } = node as { relationTo?: unknown; value?: unknown }
  if (relationTo === media && value !== null && value !== undefined) add(found, value)
  for (const child of Object.values(node)) fromRichText(child, media, found)
}

const fromRelation = (
  field: { relationTo: string | string[] },
  value: unknown,
  media: string,
  found: Found,
) => {
  const values = Array.isArray(value) ? value : [value]
  for (const item of values) {
    if (item === null || item === undefined) continue
    if (Array.isArray(field.relationTo)) {
      const { relationTo, value: id } = item as { relationTo?: string; value?: unknown }
      if (relationTo === media) add(found, id)
    } else if (field.relationTo === media) add(found, item)
  }
}

const walk = (
  fields: FlattenedField[],
  data: unknown,
  media: string,
  found: Found,
  skip: readonly string[] = [],
) => {
  if (!data || typeof data !== 'object') return
  const values = data as Record<string, unknown>
  for (const field of fields) {
    if (skip.includes(field.name)) continue
    const value = values[field.name]
    if (value === null || value === undefined) continue
    switch (field.type) {
      case 'upload':
      case 'relationship':
        fromRelation(field, value, media, found)
        break
      case 'richText':
        fromRichText(value, media, found)
        break
      case 'group':
      case 'tab':
        walk(field.flattenedFields, value, media, found)
        break
      case 'array':
        if (Array.isArray(value))
          for (const row of value) walk(field.flattenedFields, row, media, found)
        break
      case 'blocks':
        if (!Array.isArray(value)) break
        for (const row of value as { blockType?: string }[]) {
          const block = [...field.blocks, ...(field.blockReferences ?? [])].find(
            (candidate) => typeof candidate === 'object' && candidate.slug === row?.blockType,
          )
          if (block && typeof block === 'object') walk(block.flattenedFields, row, media, found)
        }
        break
      default:
        break
    }
  }
}

/**
 * The media a document shows: its upload and relationship fields to `media` (in groups, tabs,
 * arrays and blocks too) and what its rich text embeds or links. Each id once, in the order found.
 * Values may be ids or populated documents.
 */
export const mediaIdsOf = ({ doc, fields, media, skip }: Args): Id[] => {
  const found: Found = new Map()
  walk(fields, doc, media, found, skip)
  return [...found.values()]
}
