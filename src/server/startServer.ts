import next from 'next'
import { getPayload } from 'payload'

import { seed } from '../../seed/index'
import { printCredentials } from '../../seed/printCredentials'
import { staleJobsAfterMs } from '../jobs/staleJobsAfterMs'
import { watchForStaleJobs } from '../jobs/releaseStaleJobs'
import { warmSearchIndex } from '../search/warmSearchIndex'
import { apiRoadOf } from './apiRoadOf'
import { createApp } from './createApp'
import { shutdownGracefully } from './shutdownGracefully'

const seedIfEmpty = async (payload: Awaited<ReturnType<typeof getPayload>>): Promise<void> => {
  if (process.env.SEED_ON_START === 'false') return
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  const result = await seed({ payload })
  printCredentials(result.users.list)
}

/**
 * Starts Payload, then Next.js (the admin), behind an Express 5 server that serves the API itself
 * (createApp.ts). Loaded by src/server.ts once checkBeforeStart has passed.
 */
export const startServer = async ({ isDev }: { isDev: boolean }): Promise<void> => {
  const port = Number(process.env.PORT || 3000)
  const hostname = process.env.HOST || '0.0.0.0'
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, cron: true })
  if (isDev) await seedIfEmpty(payload)
  const searchIndex = warmSearchIndex(payload)
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
    searchIndex: searchIndex.state,
    trustProxy: process.env.TRUST_PROXY,
  })
  const server = app.listen(port, hostname, () => {
    payload.logger.info(`Speakers Bureau ready on http://localhost:${port} (admin at /admin)`)
  })
  shutdownGracefully({ closeNext: () => nextApp.close(), payload, server })
}
