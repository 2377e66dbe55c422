/** What a frontend must know to revalidate a document's pages. */
export type RevalidationEvent = 'publish' | 'slug-change' | 'unpublish' | 'update'

/** A document as the public sees it: whether it is live, and under which slug. */
export type PublicState = { live: boolean; slug: null | string }

export type Revalidation = {
  event: RevalidationEvent
  previousSlug: null | string
  slug: null | string
}

/**
 * Compares what the public saw before a save (or delete) with what it sees after. Nothing public
 * changed (a draft saved, an unpublished document edited): no revalidation.
 */
export const decideRevalidation = (
  before: PublicState | undefined,
  after: PublicState | undefined,
): null | Revalidation => {
  const wasLive = Boolean(before?.live)
  const isLive = Boolean(after?.live)
  if (!wasLive && isLive) return { event: 'publish', previousSlug: null, slug: after!.slug }
  if (wasLive && !isLive) return { event: 'unpublish', previousSlug: null, slug: before!.slug }
  if (!wasLive || !isLive) return null
  if (before!.slug !== after!.slug)
    return { event: 'slug-change', previousSlug: before!.slug, slug: after!.slug }
  return { event: 'update', previousSlug: null, slug: after!.slug }
}
