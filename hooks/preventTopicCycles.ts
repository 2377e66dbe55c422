import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { idOf } from '../src/utilities/idOf'
import { collectionNames } from '../src/vocabulary/collectionNames'

/** A topic cannot be its own parent, grandparent, or any ancestor further up. */
export const preventTopicCycles: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const selfId = originalDoc?.id
  let parentId = idOf(data?.parent)
  if (!data || selfId === undefined || parentId === undefined || parentId === null) return data
  const seen = new Set<string>()
  while (parentId !== undefined && parentId !== null) {
    if (String(parentId) === String(selfId)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            message: 'A topic cannot sit under itself or under one of its own subtopics.',
            path: 'parent',
          },
        ],
      })
    }
    if (seen.has(String(parentId))) break
    seen.add(String(parentId))
    const parent = await req.payload
      .findByID({ collection: collectionNames.topics, depth: 0, id: parentId, req })
      .catch(() => undefined)
    parentId = idOf(parent?.parent)
  }
  return data
}
