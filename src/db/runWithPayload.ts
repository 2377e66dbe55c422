import { getPayload, type Payload } from 'payload'

import { closeDatabase } from './closeDatabase'

/**
 * A command-line script's frame (`npm run seed`, `search:reindex`, `privacy:retention`): Payload on
 * the database named by DATABASE_URI, `work`, the database closed, exit 0; or the error's message
 * and exit 1. No top-level await (see STACK-NOTES: it exits 13 silently under tsx).
 */
export const runWithPayload = (work: (payload: Payload) => Promise<void>): void => {
  const main = async () => {
    const { default: config } = await import('../payload.config')
    const payload = await getPayload({ config })
    try {
      await work(payload)
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
}
