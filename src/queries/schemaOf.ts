import type { Payload } from 'payload'

import { idKindOfCollection } from './idKind'
import type { Schema } from './resolveQueryPath'

/** The collections' fields and id kinds as the query checks read them. */
export const schemaOf = (payload: Payload): Schema => ({
  collection: (slug) => {
    const collection = payload.collections[slug as keyof Payload['collections']]
    if (!collection) return undefined
    return {
      fields: collection.config.flattenedFields,
      idKind: idKindOfCollection(payload, slug)!,
    }
  },
  followsTwoRelationships: payload.db.name === 'mongoose',
  hasAllOperator: payload.db.name === 'mongoose',
})
