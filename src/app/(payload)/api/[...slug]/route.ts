/*
 * The API for a host run as a plain Next.js app (`next start`), or with API_ROAD=next. The Express
 * host (src/server.ts) serves the same handlers itself, without Next.js in between (faster: README).
 */
import config from '@payload-config'
import '@payloadcms/next/css'

import { restRoutes } from '../../../../http/apiRoutes'

const routes = restRoutes(config)

export const GET = routes.GET
export const POST = routes.POST
export const DELETE = routes.DELETE
export const PATCH = routes.PATCH
export const PUT = routes.PUT
export const OPTIONS = routes.OPTIONS
