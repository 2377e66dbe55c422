import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

type Args = {
  dataDir: string
  env: NodeJS.ProcessEnv
}

/** Sessions signed with a short secret can be forged by guessing it offline. */
export const MIN_SECRET_LENGTH = 32

/**
 * `PAYLOAD_SECRET` signs sessions. Production refuses to start without it or with one shorter
 * than MIN_SECRET_LENGTH characters; development generates
 * one on first run and keeps it under the data folder, so sign-ins survive restarts.
 */
export const resolveSecret = ({ dataDir, env }: Args): string => {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  // `next build` evaluates the config to collect route data; nothing is signed during a build.
  if (!fromEnv && env.NEXT_PHASE === 'phase-production-build')
    return 'build-time-placeholder-never-used-to-sign'
  if (env.NODE_ENV === 'production') {
    if (!fromEnv)
      throw new Error('PAYLOAD_SECRET is required in production: set it to a long random string.')
    if (fromEnv.length < MIN_SECRET_LENGTH)
      throw new Error(
        `PAYLOAD_SECRET is too short for production: use at least ${MIN_SECRET_LENGTH} random characters (openssl rand -hex 32), not ${fromEnv.length}.`,
      )
  }
  if (fromEnv) return fromEnv
  const file = path.join(dataDir, 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto.randomBytes(32).toString('hex')
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
