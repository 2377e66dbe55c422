/** A request path in one spelling: its segments decoded, without empty or dot segments. */
export type CanonicalPath = {
  /** `/` and the segments, each percent-encoded as `encodeURIComponent` does. */
  pathname: string
  /** The segments as sent (percent-encodings kept): what a route's static segments must equal. */
  rawSegments: string[]
  /** The query string as sent, with its `?` (or empty). */
  search: string
  /** The segments percent-decoded: what a route's dynamic segments (`[token]`, `[...slug]`) get. */
  segments: string[]
}

const parse = (rawUrl: string): URL =>
  // A path (origin-form, `/…`) is put after an origin so `//api/…` stays a path, not a host.
  rawUrl.startsWith('/') ? new URL(`http://canonical.invalid${rawUrl}`) : new URL(rawUrl)

/**
 * A request's path as the API dispatches on it, as Next.js resolves a route: dot segments resolved
 * (`/x/../`, `/%2e/`), empty ones dropped (`//api`: Next.js redirects there), each segment also
 * percent-decoded (`/api/%62ooking-requests`: its `[...slug]` is `booking-requests`).
 * `undefined` when the URL cannot be read (a malformed percent-encoding): the caller answers 400.
 */
export const canonicalPath = (rawUrl: string): CanonicalPath | undefined => {
  try {
    const url = parse(rawUrl)
    const rawSegments = url.pathname.split('/').filter((segment) => segment !== '')
    const segments = rawSegments.map((segment) => decodeURIComponent(segment))
    return {
      pathname: `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`,
      rawSegments,
      search: url.search,
      segments,
    }
  } catch {
    return undefined
  }
}
