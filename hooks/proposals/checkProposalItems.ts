import type { CollectionBeforeChangeHook } from 'payload'

import { lockRow } from '../../src/db/lockRow'
import { fieldError } from '../../src/utilities/fieldError'
import { idOf } from '../../src/utilities/idOf'
import { collectionNames } from '../../src/vocabulary/collectionNames'

type Item = { speaker?: unknown }

/**
 * The speakers offered are published (a client never sees a draft) and each is offered once.
 * Checked when the items are written: a speaker unpublished later does not make the proposal
 * unsaveable.
 */
export const checkProposalItems: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const items = (data.items ?? []) as Item[]
  const ids = items.map(({ speaker }) => idOf(speaker)).filter((id) => id !== undefined)
  const before = ((originalDoc?.items ?? []) as Item[]).map(({ speaker }) => String(idOf(speaker)))
  if (operation === 'update' && ids.map(String).join() === before.join()) return data
  const seen = new Set<string>()
  ids.forEach((id, index) => {
    if (seen.has(String(id)))
      throw fieldError(req, collection.slug, `items.${index}.speaker`, {
        en: 'This speaker is already offered in this proposal.',
        zh: '该演讲嘉宾已在此方案中。',
      })
    seen.add(String(id))
  })
  // The speakers' rows kept until the proposal is stored: a delete meanwhile waits, then sees it.
  await lockRow(req, collectionNames.speakers, ids as (number | string)[], 'keyShare')
  const { docs } = await req.payload.find({
    collection: collectionNames.speakers,
    depth: 0,
    draft: false,
    limit: ids.length,
    pagination: false,
    req,
    select: { _status: true },
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
  })
  const published = new Set(docs.map(({ id }) => String(id)))
  const missing = ids.findIndex((id) => !published.has(String(id)))
  if (missing >= 0)
    throw fieldError(req, collection.slug, `items.${missing}.speaker`, {
      en: 'Only published speakers can be offered to a client.',
      zh: '只能向客户推荐已发布的演讲嘉宾。',
    })
  return data
}
