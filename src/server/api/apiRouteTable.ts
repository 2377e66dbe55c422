import type { SanitizedConfig } from 'payload'

import {
  graphqlPlaygroundRoutes,
  graphqlRoutes,
  type RestContext,
  restRoutes,
} from '../../http/apiRoutes'
import { proposalPageRoute } from '../../proposals/page/proposalPageRoute'
import type { CanonicalPath } from './canonicalPath'

/** A route's handlers by method, each given the request and what Next.js would give as params. */
export type ApiRoute = {
  handlers: Partial<Record<string, (request: Request) => Promise<Response>>>
}

const withParams =
  <Params>(
    handler: (request: Request, context: { params: Promise<Params> }) => Promise<Response>,
    params: Params,
  ) =>
  (request: Request) =>
    handler(request, { params: Promise.resolve(params) })

const segmentsOf = (route: string): string[] => route.split('/').filter(Boolean)

/**
 * Which of the host's route handlers answers a path, the way the route files under `src/app`
 * decide it for Next.js: `/api/graphql`, `/api/graphql-playground`, `/api/<anything>` (REST,
 * custom endpoints, files) and `/p/<token>` (a client's proposal page). As there, static segments
 * must be spelled as they are (`/API/…` and `/%61pi/…` are not the API) and dynamic ones are
 * decoded. Anything else (the admin, Next's assets) is not the API's: `undefined`.
 */
export const apiRouteTable = (config: SanitizedConfig) => {
  const rest = restRoutes(config)
  const graphql = graphqlRoutes(config)
  const playground = graphqlPlaygroundRoutes(config)
  const proposalPage = proposalPageRoute(Promise.resolve(config))
  const api = segmentsOf(config.routes.api)
  const graphqlSegment = segmentsOf(config.routes.graphQL).join('/')
  const playgroundSegment = segmentsOf(config.routes.graphQLPlayground).join('/')

  return ({ rawSegments, segments }: CanonicalPath): ApiRoute | undefined => {
    if (segments.length === 2 && rawSegments[0] === 'p') {
      const params = { token: segments[1] }
      return {
        handlers: {
          GET: withParams(proposalPage.GET, params),
          POST: withParams(proposalPage.POST, params),
        },
      }
    }
    const isApi = api.every((segment, i) => rawSegments[i] === segment)
    const slug = segments.slice(api.length)
    if (!isApi || slug.length === 0) return undefined
    const params: Awaited<RestContext['params']> = { slug }
    const [first] = rawSegments.slice(api.length)
    if (slug.length === 1 && first === graphqlSegment)
      return {
        handlers: { OPTIONS: withParams(graphql.OPTIONS, params), POST: graphql.POST },
      }
    if (slug.length === 1 && first === playgroundSegment)
      return { handlers: { GET: playground.GET } }
    return {
      handlers: Object.fromEntries(
        Object.entries(rest).map(([method, handler]) => [method, withParams(handler, params)]),
      ),
    }
  }
}
