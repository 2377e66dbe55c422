/* GraphQL for a host run as a plain Next.js app; the Express host serves the same handler itself. */
import config from '@payload-config'

import { graphqlRoutes } from '../../../../http/apiRoutes'

const routes = graphqlRoutes(config)

export const POST = routes.POST
export const OPTIONS = routes.OPTIONS
