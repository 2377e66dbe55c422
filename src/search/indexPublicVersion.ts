import type { PayloadRequest } from 'payload'

import type { LookedUpKind, SearchableCollection, SearchEntry } from './engine/types'

import { idsOf, payloadIdsOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { buildSearchEntry, entryFields } from './buildSearchEntry'
import { readPublished } from './readPublished'
import { namesOf } from './searchTerms'
import { searchEngineOf } from './searchEngineOf'
import { loadTopicParents, type TopicParents, withAncestors } from './topicTree'

type Doc = Record<string, any>

/** The public names of the speakers of some interviews (other names included), by speaker id. */
const publishedSpeakerNames = async (
  req: PayloadRequest,
  interviews: Doc[],
): Promise<Map<string, string[]>> => {
  const ids = [...new Set(interviews.flatMap(({ speakers }) => idsOf(speakers)))]
  if (ids.length === 0) return new Map()
  const docs = await readPublished({
    collection: collectionNames.speakers,
    req,
    select: { name: true, otherNames: true },
    where: { id: { in: ids } },
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
  const docs = await readPublished({
    collection,
    req,
    select: entryFields[collection],
    where: { id: { in: ids } },
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
  const docs = await readPublished({
    collection: collectionNames.interviews,
    req,
    select: entryFields.interviews,
    where: { speakers: { in: [speakerId] } },
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
