import type { CollectionBeforeDeleteHook } from 'payload'

import { lockRow } from '../../src/db/lockRow'
import { refuse } from '../../src/utilities/fieldError'
import { collectionNames } from '../../src/vocabulary/collectionNames'

/**
 * A speaker named in a hold or a proposal is not deleted: those are the bureau's record of what was
 * offered and booked, and they need the speaker (409, nothing deleted: checked before Payload
 * deletes anything, versions included, which SQLite's adapter would not roll back). Unpublishing
 * takes the profile off the site.
 */
export const refuseDeletingBookedSpeaker: CollectionBeforeDeleteHook = async ({ id, req }) => {
  // A hold or proposal made meanwhile keeps the row (a reference's lock): the delete waits for
  // it, then counts it, rather than failing on the new reference (PostgreSQL answered 500).
  await lockRow(req, collectionNames.speakers, id)
  const count = async (collection: 'holds' | 'proposals', where: object) =>
    (await req.payload.count({ collection, overrideAccess: true, req, where: where as never }))
      .totalDocs
  const holds = await count(collectionNames.holds, { speaker: { equals: id } })
  // A proposal's answer names one of its items' speakers.
  const proposals = await count(collectionNames.proposals, { 'items.speaker': { equals: id } })
  if (holds + proposals === 0) return
  throw refuse(req, 409, {
    en: `This speaker is in ${holds} date hold(s) and ${proposals} proposal(s), which keep the bureau's record and need the speaker: unpublish the profile instead.`,
    zh: `该演讲嘉宾出现在 ${holds} 个档期和 ${proposals} 份提案中，这些记录需要保留该嘉宾：请改为取消发布该简介。`,
  })
}
