import type { PayloadRequest, TaskConfig } from 'payload'

import { isUniqueClash } from '../../utilities/isUniqueClash'
import { collectionNames } from '../../vocabulary/collectionNames'
import { APPLY_RETENTION } from '../../vocabulary/taskNames'
import { applyRetention } from './applyRetention'

/**
 * Claims `day` for this job: its row in `retention-runs` (unique day). False when another job
 * holds it: another instance's queue ran (or runs) that day's retention.
 */
const claimDay = async (req: PayloadRequest, day: string, job: string): Promise<boolean> => {
  try {
    await req.payload.create({
      collection: collectionNames.retentionRuns,
      data: { day, job, startedAt: new Date().toISOString() },
      req,
    })
    return true
  } catch (err) {
    if (!isUniqueClash(err)) throw err
    const { docs } = await req.payload.find({
      collection: collectionNames.retentionRuns,
      limit: 1,
      req,
      where: { day: { equals: day } },
    })
    // A retry of the job that claimed it goes on.
    return docs[0]?.job === job
  }
}

/**
 * The daily retention run (`privacy.retentionCron`, scheduled by Payload's jobs queue): once a day
 * across every instance, anonymises the booking requests past their retention period. Input
 * `{ dryRun: true }` (a job queued by hand) lists them in the log and changes nothing.
 */
export const retentionTask = ({ cron }: { cron: string }): TaskConfig => ({
  slug: APPLY_RETENTION,
  handler: async ({ input, job, req }) => {
    if ((input as { dryRun?: boolean }).dryRun) {
      const { anonymised } = await applyRetention({ isDryRun: true, req })
      return { output: { wouldAnonymise: anonymised.length } }
    }
    const day = new Date().toISOString().slice(0, 10)
    if (!(await claimDay(req, day, String(job.id)))) {
      req.payload.logger.info(`Retention: ${day} was already run by another job`)
      return { output: { skipped: true } }
    }
    const { anonymised } = await applyRetention({ req })
    await req.payload.update({
      collection: collectionNames.retentionRuns,
      data: { anonymised: anonymised.length, finishedAt: new Date().toISOString() },
      req,
      where: { day: { equals: day } },
    })
    return { output: { anonymised: anonymised.length } }
  },
  inputSchema: [{ name: 'dryRun', type: 'checkbox' }],
  retries: { attempts: 3, backoff: { delay: 60_000, type: 'exponential' } },
  schedule: [{ cron, queue: 'default' }],
})
