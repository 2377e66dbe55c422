import type { SanitizedConfig } from 'payload'

type Handler = (
  request: Request,
  context: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

/**
 * `/api/<collection>/versions…` of a collection that keeps no versions: a 404, as for any other path
 * it lacks. Payload mounts those routes on every collection, its own included (`payload-jobs`,
 * `payload-preferences`, `payload-locked-documents`), and there they failed in the database
 * adapter with a 500 for any signed-in user. (The plugin's collections answer them 404 by
 * endpoints of their own, src/endpoints/noVersionRoutes.ts, for hosts with stock route files.)
 */
export const withUnversionedNotFound =
  (handler: Handler, config: Promise<SanitizedConfig>): Handler =>
  async (request, context) => {
    const [collection, next] = ((await context.params).slug ?? []).map((part) => part.toLowerCase())
    // Any letter case: Payload's router matches paths so.
    if (next === 'versions') {
      const found = (await config).collections.find(({ slug }) => slug.toLowerCase() === collection)
      if (found && !found.versions)
        return Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })
    }
    return handler(request, context)
  }
