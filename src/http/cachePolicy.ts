/** What a shared cache (CDN, browser) may do with an API answer. */
export type CachePolicy = 'as-is' | 'private' | 'public'

export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'
export const PRIVATE_CACHE_CONTROL = 'private, no-store'

type Args = {
  apiRoute: string
  /** Collections whose published documents anyone may read. */
  publicCollections: string[]
  request: Request
}

const carriesCredentials = (headers: Headers): boolean =>
  headers.has('authorization') || /(?:^|;\s*)payload-token=/.test(headers.get('cookie') ?? '')

/**
 * Public: an anonymous GET of published content (lists, by id, by slug) — the same for every visitor,
 * so a CDN may keep it. Anything else is private: a signed-in person's view, drafts, versions, and
 * every other route (booking requests above all). Uploaded files keep Payload's own headers.
 */
export const cachePolicyFor = ({ apiRoute, publicCollections, request }: Args): CachePolicy => {
  const url = new URL(request.url)
  if (url.pathname.startsWith(`${apiRoute}/media/file/`)) return 'as-is'
  if (request.method !== 'GET' || carriesCredentials(request.headers)) return 'private'
  if (url.searchParams.get('draft') === 'true') return 'private'
  const [collection, ...rest] = url.pathname.slice(apiRoute.length + 1).split('/')
  if (!publicCollections.includes(collection)) return 'private'
  if (rest[0] === 'versions') return 'private'
  return 'public'
}
