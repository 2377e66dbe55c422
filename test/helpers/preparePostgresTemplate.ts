/**
 * Run by test/globalSetup.ts in a child process: boots the app's config on the database named by
 * argv[2], so the adapter pushes the whole schema there once, and exits. Test files then copy it.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'

import { bootPayload } from './bootPayload'

const main = async (): Promise<void> => {
  const uri = process.argv[2]
  const ctx = await bootPayload({
    adapterFor: () => postgresAdapter({ pool: { connectionString: uri } }),
  })
  await ctx.close()
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
