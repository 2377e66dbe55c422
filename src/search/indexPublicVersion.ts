import type { PayloadRequest, Where } from 'payload'

import type { SearchableCollection } from './engine/types'

import { idsOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { buildSearchEntry } from './buildSearchEntry'
import { searchEngineOf } from './searchEngineOf'

type Args = {
  collection: SearchableCollection
  id: number | string
  req: PayloadRequest
}

const publishedOnly = (ids: (number | string)[]): Where => ({
  and: [{ id: { in: ids } }, { _status: { equals: 'published' } }],
})

/** The public names of the speakers of some interviews, by speaker id. */
export const publishedSpeakerNames = async (
  req: PayloadRequest,
  interviews: Record<string, any>[],
): Promise<Map<string, string>> => {
  const ids = [...new Set(interviews.flatMap(({ speakers }) => idsOf(speakers)))]
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: collectionNames.speakers,
    depth: 0,
    // No joins (a speaker's interviews, a topic's speakers): not needed here, a query each.
    joins: false,
    draft: false,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    select: { name: true },
    where: publishedOnly(ids),
  })
  return new Map(docs.map(({ id, name }) => [String(id), name]))
}

/** The search entry of a published document (depth 0), its speakers' names looked up in `names`. */
export const entryOf = (
  collection: SearchableCollection,
  doc: Record<string, any>,
  names: Map<string, string>,
) =>
  buildSearchEntry(
    collection,
    doc,
    idsOf(doc.speakers)
      .map((id) => names.get(String(id)))
      .filter((name): name is string => Boolean(name)),
  )

/**
 * Makes the index hold what the public sees of one document: its published version (read back,
 * so a draft saved over a live document changes nothing), or no entry when it has none.
 */
export const indexPublicVersion = async ({ collection, id, req }: Args): Promise<void> => {
  const engine = searchEngineOf(req.payload)
  if (!engine) return
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    draft: false,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: publishedOnly([id]),
  })
  const doc = docs[0] as Record<string, any> | undefined
  if (!doc) return engine.remove(collection, [String(id)], req)
  const names =
    collection === collectionNames.interviews ? await publishedSpeakerNames(req, [doc]) : new Map()
  await engine.put([entryOf(collection, doc, names)], req)
}

/**
 * Re-indexes a speaker's published interviews, which are found by the speaker's public name (the
 * index knows which: an indexed lookup, not a query of every interview's speakers).
 */
export const indexInterviewsOfSpeaker = async (
  req: PayloadRequest,
  speakerId: number | string,
): Promise<void> => {
  const engine = searchEngineOf(req.payload)
  if (!engine) return
  const interviews = await engine.docIdsWithValue(
    collectionNames.interviews,
    'speaker',
    String(speakerId),
    req,
  )
  const numeric = req.payload.db.defaultIDType === 'number'
  for (const id of interviews) {
    await indexPublicVersion({
      collection: collectionNames.interviews,
      id: numeric ? Number(id) : id,
      req,
    })
  }
}
