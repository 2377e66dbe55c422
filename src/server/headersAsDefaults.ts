import type { RequestHandler, Response } from 'express'

/** Calls `apply` just before the response's headers are written (what the on-headers package does). */
const beforeHeadersWritten = (res: Response, apply: () => void): void => {
  const writeHead = res.writeHead
  let isApplied = false
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!isApplied) {
      isApplied = true
      apply()
    }
    return writeHead.apply(this, args)
  } as Response['writeHead']
}

/**
 * Runs a header-setting middleware (helmet's Content-Security-Policy) but makes its headers
 * defaults: they are set when the response is written, only where the answer has not set its own.
 * Next.js copies a route handler's headers onto the response only when the response does not have
 * them yet (next/dist/server/send-response.js), so a policy helmet set up front would silently
 * replace the sandbox policy an uploaded file is served with (src/http/userFileHeaders.ts).
 */
export const headersAsDefaults =
  (middleware: RequestHandler, names: string[]): RequestHandler =>
  (req, res, next) => {
    middleware(req, res, (err?: unknown) => {
      if (err) return next(err)
      const defaults = names.flatMap((name) => {
        const value = res.getHeader(name)
        res.removeHeader(name)
        return value === undefined ? [] : [[name, value] as const]
      })
      beforeHeadersWritten(res, () => {
        for (const [name, value] of defaults) if (!res.hasHeader(name)) res.setHeader(name, value)
      })
      next()
    })
  }
