import type { PayloadRequest, Where } from 'payload'

import type { LookedUpKind, SearchableCollection, SearchEntry } from './engine/types'

import { idsOf, payloadIdsOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { buildSearchEntry } from './buildSearchEntry'
import { namesOf } from './searchTerms'
import { searchEngineOf } from './searchEngineOf'
import { loadTopicParents, type TopicParents, withAncestors } from './topicTree'

type Doc = Record<string, any>

const publishedOnly = (ids: (number | string)[]): Where => ({
  and: [{ id: { in: ids } }, { _status: { equals: 'published' } }],
})

/** The public names of the speakers of some interviews (other names included), by speaker id. */
const publishedSpeakerNames = async (
  req: PayloadRequest,
  interviews: Doc[],
): Promise<Map<string, string[]>> => {
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
    select: { name: true, otherNames: true },
    where: publishedOnly(ids),
  })
  return new Map(docs.map((doc) => [String(doc.id), namesOf(doc)]))
}

/**
 * The search entries of published documents (depth 0), with what they hold of others looked up
 * once for all of them: their speakers' names (interviews) and the topic tree.
 */
export const entriesOf = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  docs: Doc[],
  topicParents?: TopicParents,
): Promise<SearchEntry[]> => {
  if (docs.length === 0) return []
  const names =
    collection === collectionNames.interviews
      ? await publishedSpeakerNames(req, docs)
      : new Map<string, string[]>()
  const parents = topicParents ?? (await loadTopicParents(req))
  return docs.map((doc) =>
    buildSearchEntry(collection, doc, {
      speakerNames: idsOf(doc.speakers).flatMap((id) => names.get(String(id)) ?? []),
      topicIds: withAncestors(idsOf(doc.topics).map(String), parents),
    }),
  )
}

/**
 * Makes the index hold what the public sees of some documents: their published versions (read
 * back, so a draft saved over a live document changes nothing), and no entry for those without one
 * (how many of the ids those were is returned).
 */
export const indexPublicVersions = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  ids: (number | string)[],
  topicParents?: TopicParents,
): Promise<number> => {
  if (ids.length === 0) return 0
  const engine = searchEngineOf(req.payload)
  const { docs } = await req.payload.find({
    collection,
    depth: 0,
    draft: false,
    // No joins (a speaker's interviews, a topic's speakers): not needed here, a query each.
    joins: false,
    limit: ids.length,
    overrideAccess: true,
    pagination: false,
    req,
    where: publishedOnly(ids),
  })
  const found = new Set(docs.map(({ id }) => String(id)))
  const gone = ids.map(String).filter((id) => !found.has(id))
  await engine.remove(collection, gone, req)
  await engine.put(await entriesOf(req, collection, docs, topicParents), req)
  return gone.length
}

/** The ids of a collection's documents whose entries hold a value, as Payload expects them. */
export const indexedDocIds = async (
  req: PayloadRequest,
  collection: SearchableCollection,
  kind: LookedUpKind,
  value: number | string,
): Promise<(number | string)[]> => {
  return payloadIdsOf(
    req.payload,
    await searchEngineOf(req.payload).docIdsWithValue(collection, kind, String(value), req),
  )
}

/**
 * Re-indexes the published interviews naming a speaker, found by the interviews' own relationship
 * (an indexed lookup: `interviews_rels_speakers_id_idx`, MongoDB's index on `speakers`), so that a
 * save never waits for the search index's copy in memory. After the speaker's deletion that
 * relationship is gone: see indexInterviewsIndexedWithSpeaker.
 */
export const indexInterviewsOfSpeaker = async (
  req: PayloadRequest,
  speakerId: number | string,
  topicParents?: TopicParents,
): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: collectionNames.interviews,
    depth: 0,
    draft: false,
    joins: false,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { and: [{ speakers: { in: [speakerId] } }, { _status: { equals: 'published' } }] },
  })
  const engine = searchEngineOf(req.payload)
  await engine.put(await entriesOf(req, collectionNames.interviews, docs, topicParents), req)
}

/**
 * Re-indexes the interviews whose entries hold a speaker, found by the index (a deleted speaker's
 * relationship rows are deleted with it, its name is still in their entries), in one pass.
 */
export const indexInterviewsIndexedWithSpeaker = async (
  req: PayloadRequest,
  speakerId: number | string,
): Promise<number> =>
  indexPublicVersions(
    req,
    collectionNames.interviews,
    await indexedDocIds(req, collectionNames.interviews, 'speaker', speakerId),
  )
