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
  return docs.map((topic) => {
    const parent = idOf(topic.parent)
    return {
      id: String(topic.id),
      name: topic.name,
      parent: parent === undefined || parent === null ? null : String(parent),
      slug: topic.slug ?? '',
      terms: [...new Set(textTerms(topic.name))],
    }
  })
}

/** Each topic with itself and every ancestor (a cycle, which hooks prevent, is cut short). */
export const topicAncestry = (topics: TopicNode[]): [string, string][] => {
  const byId = new Map(topics.map((topic) => [topic.id, topic]))
  const pairs: [string, string][] = []
  for (const topic of topics) {
    const seen = new Set<string>()
    for (let at: TopicNode | undefined = topic; at && !seen.has(at.id);) {
      seen.add(at.id)
      pairs.push([topic.id, at.id])
      at = at.parent ? byId.get(at.parent) : undefined
    }
  }
  return pairs
}

/** The ids of the topics with these slugs and of all their descendants. */
export const withDescendants = (topics: TopicNode[], slugs: string[]): string[] => {
  const chosen = new Set(topics.filter(({ slug }) => slugs.includes(slug)).map(({ id }) => id))
  const ancestry = topicAncestry(topics)
  return [
    ...new Set(ancestry.filter(([, ancestor]) => chosen.has(ancestor)).map(([topic]) => topic)),
  ]
}
