import type { RequestHandler as NextRequestHandler } from 'next/dist/server/next.js'
import type { Payload } from 'payload'

import express, { type Express } from 'express'

import { checkDatabase } from './checkDatabase'
import { logRequests } from './logRequests'
import { securityHeaders } from './securityHeaders'

type Args = {
  handleNext: NextRequestHandler
  isDev: boolean
  isHttps: boolean
  payload: Payload
}

/**
 * The thin Express layer: security headers, request logs and `/healthz`, then everything else
 * (admin, REST, GraphQL) to Next.js and Payload's route handlers. No body parser here: Payload reads
 * the raw body itself.
 */
export const createApp = ({ handleNext, isDev, isHttps, payload }: Args): Express => {
  const app = express()
  app.disable('x-powered-by')
  app.use(logRequests(payload))
  app.use(securityHeaders({ isDev, isHttps }))

  app.get('/healthz', async (_req, res) => {
    const { body, statusCode } = await checkDatabase({ payload })
    res.status(statusCode).set('Cache-Control', 'no-store').json(body)
  })

  app.all('/{*splat}', (req, res) => handleNext(req, res))
  return app
}
