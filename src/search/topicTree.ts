import type { PayloadRequest } from 'payload'

import { idOf } from '../utilities/idOf'
import { collectionNames } from '../vocabulary/collectionNames'
import { textTerms } from './searchTerms'

export type TopicNode = {
  id: string
  name: string
  parent: null | string
  slug: string
  /** The terms of its name, which query words are matched against (not the slug: it outlives a rename). */
  terms: string[]
}

/** A topic's parent id as text, or null for a top-level topic (and for no topic at all). */
export const parentIdOf = (topic: { parent?: unknown } | undefined): null | string => {
  const parent = idOf(topic?.parent)
  return parent === undefined || parent === null ? null : String(parent)
}

/** Every topic (a bureau has tens or hundreds), read per search so a rename shows at once. */
export const loadTopics = async (req: PayloadRequest): Promise<TopicNode[]> => {
  const { docs } = await req.payload.find({
    collection: collectionNames.topics,
    depth: 0,
    // No joins (a speaker's interviews, a topic's speakers): not needed here, a query each.
    joins: false,
    overrideAccess: false,
    pagination: false,
    req,
    select: { name: true, parent: true, slug: true },
  })
  return docs.map((topic) => ({
    id: String(topic.id),
    name: topic.name,
    parent: parentIdOf(topic),
    slug: topic.slug ?? '',
    terms: [...new Set(textTerms(topic.name))],
  }))
}

export type TopicParents = Map<string, null | string>

/**
 * Each topic's parent, as the index needs them to store an entry's topics with their ancestors:
 * read on every save's path, so through Payload's database adapter (no access, hooks or read-time
 * traversal to run for one relationship of every topic).
 */
export const loadTopicParents = async (req: PayloadRequest): Promise<TopicParents> => {
  const { docs } = await req.payload.db.find<{ id: number | string; parent?: unknown }>({
    collection: collectionNames.topics,
    limit: 0,
    pagination: false,
    req,
    select: { parent: true },
    sort: 'id',
  })
  return new Map(docs.map((topic) => [String(topic.id), parentIdOf(topic)]))
}

/**
 * Topics with all their ancestors (a cycle, which hooks prevent, is cut short): an entry holds them,
 * so that a topic's filter and its facet count include its subtopics by a plain lookup.
 */
export const withAncestors = (ids: string[], parents: TopicParents): string[] => {
  const all = new Set<string>()
  for (const id of ids) {
    for (let at: null | string | undefined = id; at && !all.has(at); at = parents.get(at)) {
      all.add(at)
    }
  }
  return [...all]
}

/** The ids of the topics with these slugs. */
export const topicIdsOf = (topics: TopicNode[], slugs: string[]): string[] =>
  topics.filter(({ slug }) => slugs.includes(slug)).map(({ id }) => id)
