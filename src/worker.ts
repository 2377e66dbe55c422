import { getPayload } from 'payload'

import { closeDatabase } from './db/closeDatabase'
import { staleJobsAfterMs } from './jobs/staleJobsAfterMs'
import { watchForStaleJobs } from './jobs/releaseStaleJobs'

/**
 * `npm run worker`: runs the jobs queue (notifications, scheduled publications) without serving HTTP,
 * for deployments that split them; start the web servers with JOBS_AUTORUN=false then.
 */
const main = async (): Promise<void> => {
  const { default: config } = await import('./payload.config')
  const payload = await getPayload({ config, cron: true })
  watchForStaleJobs(payload, staleJobsAfterMs(process.env))
  payload.logger.info('Jobs worker running (Ctrl-C to stop)')
  const stop = async () => {
    await closeDatabase(payload).catch(() => undefined)
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop())
  process.once('SIGINT', () => void stop())
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
