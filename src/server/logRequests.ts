import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** One structured line per request through Payload's pino logger (static assets at debug level). */
export const logRequests =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    const startedAt = process.hrtime.bigint()
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6
      const entry = {
        durationMs: Math.round(durationMs * 10) / 10,
        method: req.method,
        status: res.statusCode,
        url: req.originalUrl,
      }
      const isAsset = req.path.startsWith('/_next/')
      if (isAsset) payload.logger.debug(entry, 'request')
      else payload.logger.info(entry, 'request')
    })
    next()
  }
