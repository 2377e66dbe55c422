import next from 'next'
import path from 'node:path'
import { getPayload } from 'payload'

import { seed } from '../seed/index'
import { dataDir } from './dataDir'
import { assertNotSchemaPushed } from './db/assertNotSchemaPushed'
import { resolveDatabaseTarget } from './db/resolveDatabaseTarget'
import { printCredentials } from '../seed/printCredentials'
import { staleJobsAfterMs } from './jobs/staleJobsAfterMs'
import { watchForStaleJobs } from './jobs/releaseStaleJobs'
import { assertProductionBuild } from './server/assertProductionBuild'
import { apiRoadOf } from './server/apiRoadOf'
import { createApp } from './server/createApp'
import { shutdownGracefully } from './server/shutdownGracefully'

const seedIfEmpty = async (payload: Awaited<ReturnType<typeof getPayload>>): Promise<void> => {
  if (process.env.SEED_ON_START === 'false') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  const result = await seed({ payload })
  printCredentials(result.users.list)
}

/**
 * Starts Payload, then Next.js (the admin), behind an Express 5 server that serves the API itself
 * (src/server/createApp.ts). Everything is
 * awaited inside main(): a top-level await here makes production starts exit silently with code 13.
 * Run it with `--conditions=production` (the npm scripts do): Lexical's default Node entry points use
 * top-level await, and on Node 20 loading them can leave the import pending forever, so the process
 * exits with 0 or 13 and prints nothing.
 */
const main = async (): Promise<void> => {
  const isDev = process.env.NODE_ENV !== 'production'
  const port = Number(process.env.PORT || 3000)
  const hostname = process.env.HOST || '0.0.0.0'
  if (!isDev) assertProductionBuild(path.resolve(process.env.NEXT_DIST_DIR || '.next'))
  const { default: config } = await import('./payload.config')
  if (!isDev)
    await assertNotSchemaPushed(resolveDatabaseTarget({ dataDir, uri: process.env.DATABASE_URI }))
  const payload = await getPayload({ config, cron: true })
  if (isDev) await seedIfEmpty(payload)
  if (process.env.JOBS_AUTORUN !== 'false')
    watchForStaleJobs(payload, staleJobsAfterMs(process.env))

  const nextApp = next({ dev: isDev, dir: process.cwd(), hostname, port })
  await nextApp.prepare()
  const app = createApp({
    apiRoad: apiRoadOf(process.env.API_ROAD),
    handleNext: nextApp.getRequestHandler(),
    isDev,
    isHttps: (process.env.PUBLIC_SERVER_URL || '').startsWith('https:'),
    payload,
    trustProxy: process.env.TRUST_PROXY,
  })
  const server = app.listen(port, hostname, () => {
    payload.logger.info(`Speakers Bureau ready on http://localhost:${port} (admin at /admin)`)
  })
  shutdownGracefully({ closeNext: () => nextApp.close(), payload, server })
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
