import { getPayload } from 'payload'

import { closeDatabase } from '../src/db/closeDatabase'

import { seed } from './index'
import { printCredentials } from './printCredentials'

/** `npm run seed`: seeds the database named by DATABASE_URI (the embedded SQLite by default). */
const main = async (): Promise<void> => {
  const { default: config } = await import('../src/payload.config')
  const payload = await getPayload({ config })
  try {
    const result = await seed({ payload })
    printCredentials(result.users.list)
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
