import { createLocalReq, getPayload } from 'payload'

import { closeDatabase } from '../src/db/closeDatabase'
import { applyRetention } from '../src/privacy/retention/applyRetention'

/**
 * `npm run privacy:retention -- --dry-run`: lists the booking requests past their retention period
 * in the database named by DATABASE_URI, changing nothing. Without `--dry-run` it anonymises them
 * now, as the daily job does (the job also records the day; this does not, so the day's job still runs).
 */
const main = async (): Promise<void> => {
  const isDryRun = process.argv.includes('--dry-run')
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  try {
    const { anonymised } = await applyRetention({
      isDryRun,
      req: await createLocalReq({}, payload),
    })
    for (const { id, reference, status, updatedAt } of anonymised)
      console.log(`${reference ?? id}\t${status}\tlast changed ${updatedAt}`)
    console.log(
      `${anonymised.length} booking request(s) ${isDryRun ? 'would be' : 'were'} anonymised`,
    )
  } finally {
    await closeDatabase(payload)
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
