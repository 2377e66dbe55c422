import type { Endpoint, PayloadRequest } from 'payload'

import { BY_SLUG_MAX_DEPTH, bySlugDocs } from '../openapi/endpointDocs'
import type { SluggedCollection } from '../vocabulary/collectionNames'
import { slugSpellings } from './slugSpellings'

/** At most BY_SLUG_MAX_DEPTH; anything but a whole number from 0 goes on, for the query checks' 400. */
const depthOf = (req: PayloadRequest): number => {
  const depth = Number(req.searchParams.get('depth') ?? 1)
  return Number.isInteger(depth) && depth >= 0 ? Math.min(depth, BY_SLUG_MAX_DEPTH) : depth
}

/**
 * `GET /api/<collection>/by-slug/:slug`: the document under that slug, in any case (`Li-Xiaohua`),
 * with the caller's access (a visitor never gets a draft). Under an old slug of a published
 * document, or a syllable-split spelling of its slug (`li-xiao-hua` for `li-xiaohua`), it answers
 * `301` with `Location` and `{ redirect: '<current slug>' }`, so a frontend can redirect its page.
 */
export const findBySlug = (collection: SluggedCollection): Endpoint => ({
  custom: { openapi: bySlugDocs(collection) },
  handler: async (req) => {
    const slug = String(req.routeParams?.slug ?? '')
    const [spelling, ...joined] = slugSpellings(slug)
    const common = {
      collection,
      depth: depthOf(req),
      draft: req.searchParams.get('draft') === 'true',
      limit: 1,
      overrideAccess: false,
      // One document is all it answers: no count of the matches (one statement less per read).
      pagination: false,
      req,
    } as const
    const current = await req.payload.find({ ...common, where: { slug: { equals: spelling } } })
    if (current.docs[0]) return Response.json(current.docs[0])

    const moved = await req.payload.find({
      ...common,
      depth: 0,
      where: {
        or: [
          { previousSlugs: { in: [spelling, ...joined] } },
          ...(joined.length ? [{ slug: { in: joined } }] : []),
        ],
      },
    })
    const target = moved.docs[0] as { slug?: string } | undefined
    if (target?.slug) {
      const location = `${req.payload.config.routes.api}/${collection}/by-slug/${encodeURIComponent(target.slug)}`
      return Response.json(
        { redirect: target.slug },
        { headers: { Location: location }, status: 301 },
      )
    }
    return Response.json(
      { errors: [{ message: `No ${collection} with slug "${slug}"` }] },
      { status: 404 },
    )
  },
  method: 'get',
  path: '/by-slug/:slug',
})
