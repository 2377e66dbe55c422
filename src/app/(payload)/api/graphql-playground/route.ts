/* The GraphQL playground for a host run as a plain Next.js app; the Express host serves it itself. */
import config from '@payload-config'
import '@payloadcms/next/css'

import { graphqlPlaygroundRoutes } from '../../../../http/apiRoutes'

export const GET = graphqlPlaygroundRoutes(config).GET
