import type { RequestHandler as NextRequestHandler } from 'next/dist/server/next.js'
import type { Payload } from 'payload'

import type { SearchIndexWarmth } from '../search/warmSearchIndex'

import express, { type Express } from 'express'

import { checkDatabase } from './checkDatabase'
import { checkReadiness } from './checkReadiness'
import { logRequests } from './logRequests'
import { serveApi } from './api/serveApi'
import { refuseOversizedBodies } from './refuseOversizedBodies'
import { securityHeaders } from './securityHeaders'
import { tagClientIp } from './tagClientIp'
import { trustProxySetting } from './trustProxySetting'

/** How `/api/*` is served: by Express straight to Payload (default), or through Next.js's route files. */
export type ApiRoad = 'express' | 'next'

type Args = {
  apiRoad?: ApiRoad
  handleNext: NextRequestHandler
  isDev: boolean
  isHttps: boolean
  payload: Payload
  /** Where the search index stands, for `/readyz` (unset: nothing held in memory). */
  searchIndex?: () => SearchIndexWarmth
  /** TRUST_PROXY: which proxies may tell us the client IP (unset: none). */
  trustProxy?: string
}

/**
 * The Express layer: security headers, request logs, the client IP for Payload, `/healthz` (alive)
 * and `/readyz` (ready for traffic: the search index is in memory); then
 * the API (REST, GraphQL, files, proposal pages) straight to Payload's handlers (./api/serveApi.ts),
 * and the admin to Next.js. With `apiRoad: 'next'` the API goes through Next.js's route files
 * instead (stock Payload's road, for comparison: `npm run bench`). No body parser here: Payload
 * reads the raw body itself. No route-specific guards either: Next.js routes many
 * spellings of one URL (`/api/%62ooking-requests`, `/api/./booking-requests`), so limits that belong
 * to one collection live on Payload's side, where the request is known for what it is (the booking
 * form's: src/bookings/bookingLimits.ts).
 */
export const createApp = ({
  apiRoad = 'express',
  handleNext,
  isDev,
  isHttps,
  payload,
  searchIndex = () => 'none',
  trustProxy,
}: Args): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', trustProxySetting(trustProxy))
  app.use(logRequests(payload))
  app.use(securityHeaders({ isDev, isHttps }))
  app.use(tagClientIp)
  app.use(refuseOversizedBodies(payload))

  app.get('/healthz', async (_req, res) => {
    const { body, statusCode } = await checkDatabase({ payload })
    res.status(statusCode).set('Cache-Control', 'no-store').json(body)
  })

  app.get('/readyz', async (_req, res) => {
    const { body, statusCode } = await checkReadiness({ payload, searchIndex })
    res.status(statusCode).set('Cache-Control', 'no-store').json(body)
  })

  if (apiRoad === 'express') app.use(serveApi(payload))
  app.all('/{*splat}', (req, res) => handleNext(req, res))
  return app
}
