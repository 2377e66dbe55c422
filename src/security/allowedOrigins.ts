/** Reads CORS_ORIGINS, PORT and PUBLIC_SERVER_URL. */
type Env = Record<string, string | undefined>

const originOf = (value: string, variable: string): string => {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)')
    return url.origin
  } catch {
    throw new Error(`${variable}: "${value}" is not an http(s) URL`)
  }
}

/**
 * The browser origins Payload trusts (`cors` and `csrf`): the public URL — or, without one, this
 * machine's own address on PORT — plus the frontends listed in CORS_ORIGINS (comma-separated). A
 * cookie-authenticated request from any other origin is treated as anonymous.
 */
export const allowedOrigins = (env: Env): string[] => {
  const port = env.PORT || '3000'
  const own = env.PUBLIC_SERVER_URL
    ? [originOf(env.PUBLIC_SERVER_URL, 'PUBLIC_SERVER_URL')]
    : [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
  const frontends = (env.CORS_ORIGINS || '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => originOf(entry, 'CORS_ORIGINS'))
  return [...new Set([...own, ...frontends])]
}
