import { createLocalReq } from 'payload'

import { runWithPayload } from '../src/db/runWithPayload'
import { applyRetention } from '../src/privacy/retention/applyRetention'

/**
 * `npm run privacy:retention -- --dry-run`: lists the booking requests past their retention period
 * in the database named by DATABASE_URI, changing nothing. Without `--dry-run` it anonymises them
 * now, as the daily job does (the job also records the day; this does not, so the day's job still runs).
 */
runWithPayload(async (payload) => {
  const isDryRun = process.argv.includes('--dry-run')
  const { anonymised } = await applyRetention({ isDryRun, req: await createLocalReq({}, payload) })
  for (const { id, reference, status, updatedAt } of anonymised)
    console.log(`${reference ?? id}\t${status}\tlast changed ${updatedAt}`)
  console.log(
    `${anonymised.length} booking request(s) ${isDryRun ? 'would be' : 'were'} anonymised`,
  )
})
