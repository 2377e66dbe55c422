import type { Payload } from 'payload'

/**
 * P6's two public reads as Local API queries, anonymous (the floor, and `npm run bench:where`'s
 * first stage): what `GET /api/speakers/by-slug/<slug>?depth=1` and
 * `GET /api/speakers?where[topics][in]=<topic>&limit=20&select[name]=true&select[slug]=true` ask.
 */
export const roadQueries = (payload: Payload) => ({
  slugLookup: (slug: string) =>
    payload.find({
      collection: 'speakers',
      depth: 1,
      draft: false,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      where: { slug: { equals: slug } },
    }),
  topicList: (topic: number | string) =>
    payload.find({
      collection: 'speakers',
      limit: 20,
      overrideAccess: false,
      select: { name: true, slug: true },
      where: { topics: { in: [topic] } },
    }),
})
