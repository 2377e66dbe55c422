import type { PayloadRequest, Where } from 'payload'

import { collectionNames } from '../vocabulary/collectionNames'

type Id = number | string

/** The collections whose published documents show media and topics to anonymous readers. */
const PUBLISHED_DOCUMENTS = [collectionNames.speakers, collectionNames.interviews] as const

const published = (where: Where): Where => ({
  and: [{ _status: { equals: 'published' } }, where],
})

/** Review states of a document a reviewer is looking at or has passed for publication. */
const AWAITING_PUBLICATION = ['in_review', 'approved']

/**
 * Whether a speaker or interview whose newest version is a draft in review or approved matches
 * `where` (on the version's fields): what a reviewer saw is what gets published. (A published
 * version stays `approved`; what it uses is the published check's.)
 */
const isAnyAwaitingPublication = async (req: PayloadRequest, where: Where): Promise<boolean> => {
  for (const collection of PUBLISHED_DOCUMENTS) {
    const { totalDocs } = await req.payload.db.countVersions({
      collection,
      req,
      where: {
        and: [
          { latest: { equals: true } },
          { 'version._status': { equals: 'draft' } },
          { 'version.reviewState': { in: AWAITING_PUBLICATION } },
          where,
        ],
      },
    })
    if (totalDocs > 0) return true
  }
  return false
}

/** Whether any published (main) speaker or interview matches `where`. */
const isAnyPublished = async (req: PayloadRequest, where: Where): Promise<boolean> => {
  for (const collection of PUBLISHED_DOCUMENTS) {
    const { totalDocs } = await req.payload.db.count({ collection, req, where: published(where) })
    if (totalDocs > 0) return true
  }
  return false
}

/**
 * Which of these media a published speaker or interview shows (the published document, never a
 * pending draft), read from their `usedMedia` lists. One indexed count per id and collection.
 */
export const mediaInPublishedUse = async ({
  ids,
  req,
}: {
  ids: Id[]
  req: PayloadRequest
}): Promise<Set<string>> => {
  const used = new Set<string>()
  for (const id of ids) {
    if (await isAnyPublished(req, { usedMedia: { equals: id } })) used.add(String(id))
  }
  return used
}

/** These topics and every topic below them (a topic's place in the tree shows on its subtopics). */
const withDescendants = async (req: PayloadRequest, ids: Id[]): Promise<Id[]> => {
  const all = new Map(ids.map((id) => [String(id), id]))
  let frontier = ids
  while (frontier.length > 0) {
    const { docs } = await req.payload.find({
      collection: collectionNames.topics,
      depth: 0,
      joins: false,
      pagination: false,
      req,
      select: { parent: true },
      where: { parent: { in: frontier } },
    })
    frontier = docs.map(({ id }) => id).filter((id) => !all.has(String(id)))
    for (const id of frontier) all.set(String(id), id)
  }
  return [...all.values()]
}

/**
 * Whether a published speaker or interview shows any of these media, or one in review or approved
 * does (an image changed after approval would be published unreviewed).
 */
export const isAnyMediaInReviewedUse = async (args: { ids: Id[]; req: PayloadRequest }) =>
  (await mediaInPublishedUse(args)).size > 0 ||
  (args.ids.length > 0 &&
    (await isAnyAwaitingPublication(args.req, { 'version.usedMedia': { in: args.ids } })))

/**
 * Whether a published speaker or interview is filed under one of these topics or under a topic
 * below one of them (renaming, moving or describing the topic changes what readers see there), or
 * one in review or approved is (what its reviewer saw is what gets published).
 */
export const isAnyTopicInReviewedUse = async ({
  ids,
  req,
}: {
  ids: Id[]
  req: PayloadRequest
}): Promise<boolean> => {
  if (ids.length === 0) return false
  const filed = { in: await withDescendants(req, ids) }
  return (
    (await isAnyPublished(req, { topics: filed })) ||
    isAnyAwaitingPublication(req, { 'version.topics': filed })
  )
}
