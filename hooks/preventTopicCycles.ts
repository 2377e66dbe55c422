import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { lockUntilCommit } from '../src/db/lockUntilCommit'
import { localize } from '../src/i18n/localize'
import { idOf } from '../src/utilities/idOf'
import { collectionNames } from '../src/vocabulary/collectionNames'

const UNDER_ITSELF = {
  en: 'A topic cannot sit under itself or under one of its own subtopics.',
  zh: '话题不能放在自身或其子话题之下。',
}

/**
 * A topic cannot be its own parent, grandparent, or any ancestor further up. Moves are checked
 * one at a time (a lock held till the save commits, on PostgreSQL): two topics moved under each
 * other at the same moment each found the other still at the top, and both moves were stored.
 */
export const preventTopicCycles: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const selfId = originalDoc?.id
  let parentId = idOf(data?.parent)
  if (!data || selfId === undefined || parentId === undefined || parentId === null) return data
  await lockUntilCommit(req, 'sb_topic_tree')
  const seen = new Set<string>()
  while (parentId !== undefined && parentId !== null) {
    if (String(parentId) === String(selfId)) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            message: localize(req, UNDER_ITSELF),
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
