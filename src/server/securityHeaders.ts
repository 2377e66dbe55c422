import type { RequestHandler } from 'express'

import helmet from 'helmet'

import { headersAsDefaults } from './headersAsDefaults'

type Args = {
  isDev: boolean
  /** Whether the public URL is https: only then ask browsers to upgrade requests. */
  isHttps: boolean
}

const contentSecurityPolicy = ({ isDev, isHttps }: Args): RequestHandler =>
  helmet.contentSecurityPolicy({
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
  })

/**
 * helmet with a Content-Security-Policy the Payload admin works under: Next.js bootstraps with inline
 * scripts, the admin styles inline, uploads preview as blob:/data: images, and the dev server talks
 * to its hot-reload socket (and evaluates code) only in development. The policy is a default: an
 * answer with its own (an uploaded file's sandbox) keeps that one alone.
 */
export const securityHeaders = ({ isDev, isHttps }: Args): RequestHandler[] => [
  helmet({
    contentSecurityPolicy: false,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: isHttps,
  }),
  headersAsDefaults(contentSecurityPolicy({ isDev, isHttps }), ['content-security-policy']),
]
