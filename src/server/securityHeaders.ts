import type { RequestHandler } from 'express'

import helmet from 'helmet'

type Args = {
  isDev: boolean
  /** Whether the public URL is https: only then ask browsers to upgrade requests. */
  isHttps: boolean
}

/**
 * helmet with a Content-Security-Policy the Payload admin works under: Next.js bootstraps with inline
 * scripts, the admin styles inline, uploads preview as blob:/data: images, and the dev server talks
 * to its hot-reload socket (and evaluates code) only in development.
 */
export const securityHeaders = ({ isDev, isHttps }: Args): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      directives: {
        'connect-src': ["'self'", ...(isDev ? ['ws:', 'wss:'] : [])],
        'default-src': ["'self'"],
        'font-src': ["'self'", 'data:'],
        'frame-ancestors': ["'self'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'script-src': ["'self'", "'unsafe-inline'", ...(isDev ? ["'unsafe-eval'"] : [])],
        'style-src': ["'self'", "'unsafe-inline'"],
        'upgrade-insecure-requests': isHttps ? [] : null,
        'worker-src': ["'self'", 'blob:'],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: isHttps,
  })
