type Env = Record<string, string | undefined>

/**
 * The absolute URL people reach this server at (`PUBLIC_SERVER_URL`), which Payload and our mails
 * build every link from (never from the request's Host or X-Forwarded-Host, which a client sends).
 * Production refuses to start without it, as without PAYLOAD_SECRET: a password-reset mail would
 * carry a link no mail client can open. Development defaults to `http://localhost:PORT`.
 */
export const resolveServerUrl = (env: Env): string => {
  const fromEnv = env.PUBLIC_SERVER_URL?.trim()
  if (fromEnv) {
    let url: URL
    try {
      url = new URL(fromEnv)
    } catch {
      throw new Error(`PUBLIC_SERVER_URL: "${fromEnv}" is not an absolute http(s) URL.`)
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`PUBLIC_SERVER_URL: "${fromEnv}" is not an absolute http(s) URL.`)
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
  }
  // `next build` evaluates the config to collect route data; no link is built during a build.
  if (env.NEXT_PHASE === 'phase-production-build') return 'http://localhost:3000'
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PUBLIC_SERVER_URL is required in production: set it to the address people reach this server at (https://cms.example.com); links in mails are built from it.',
    )
  }
  return `http://localhost:${env.PORT || 3000}`
}
