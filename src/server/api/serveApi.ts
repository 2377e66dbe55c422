import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import type { Bilingual } from '../../i18n/localize'

import { refusal } from '../../http/refusal'
import { closeAfterLingering } from '../closeAfterLingering'
import { languageOfNodeRequest } from '../languageOfNodeRequest'
import { apiMessages } from './apiMessages'
import { apiRouteTable } from './apiRouteTable'
import { canonicalPath } from './canonicalPath'
import { sendWebResponse } from './sendWebResponse'
import { toWebRequest } from './toWebRequest'

/**
 * Serves the API (REST, custom endpoints, GraphQL, uploads' files, proposal pages) straight from
 * Express: the Node request becomes a WHATWG `Request` for the same route handlers the Next.js
 * route files mount (src/http/apiRoutes.ts), and their `Response` is streamed back. Everything else
 * (the admin) goes on to Next.js. Dispatch is on the path's canonical spelling, so
 * `/api/%62ooking-requests` meets the same handler as `/api/booking-requests`, as under Next.js,
 * and the handlers see that one spelling. HEAD is GET without its body; a method the route has
 * not is 405.
 */
export const serveApi = (payload: Payload): RequestHandler => {
  const routeFor = apiRouteTable(payload.config)
  return (req, res, next) => {
    const path = canonicalPath(req.originalUrl)
    const refuse = (message: Bilingual, status: number, headers: Record<string, string> = {}) => {
      const answer = refusal({
        language: languageOfNodeRequest(payload.config, req),
        message,
        status,
      })
      for (const [name, value] of Object.entries(headers)) answer.headers.set(name, value)
      void sendWebResponse(res, answer).catch(next)
    }
    if (!path) return refuse(apiMessages.malformedUrl, 400)
    const route = routeFor(path)
    if (!route) return next()
    const method = req.method === 'HEAD' ? 'GET' : req.method
    const handler = route.handlers[method]
    if (!handler) {
      const allowed = Object.keys(route.handlers)
      return refuse(apiMessages.methodNotAllowed(req.method, allowed), 405, {
        Allow: allowed.join(', '),
      })
    }
    const aborted = new AbortController()
    res.once('close', () => {
      if (!res.writableFinished) aborted.abort()
    })
    const origin = `${req.protocol}://${req.get('host') || 'localhost'}`
    let request: Request
    try {
      request = toWebRequest(req, {
        method,
        signal: aborted.signal,
        url: `${origin}${path.pathname}${path.search}`,
      })
    } catch {
      return refuse(apiMessages.malformedUrl, 400)
    }
    handler(request)
      .then((response) => {
        // Answered before the body was all read (413): close rather than read the rest to drain it.
        if (!req.complete) closeAfterLingering(req, res)
        return sendWebResponse(res, response, { withoutBody: req.method === 'HEAD' })
      })
      .catch((err: unknown) => {
        // The client went away mid-answer: nothing left to tell it.
        if (res.headersSent || res.destroyed) return void res.destroy()
        next(err)
      })
  }
}
