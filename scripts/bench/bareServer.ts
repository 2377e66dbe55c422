/**
 * The bench's comparison server: src/server.ts (same Express app, same Next.js build, same database)
 * running the bare config of bareConfig.ts. Payload keeps one instance per process, so initialising
 * it here first makes the server (its API road, which mounts the handlers with that instance's
 * config, and Next.js) use it. The bare config turns our HTTP caching off.
 */
import { getPayload } from 'payload'

const main = async (): Promise<void> => {
  if (process.env.BENCH_BARE_PAYLOAD !== 'true')
    throw new Error('bareServer.ts is for npm run bench only (BENCH_BARE_PAYLOAD=true)')
  const { bareConfig } = await import('./bareConfig')
  await getPayload({ config: bareConfig, cron: true })
  await import('../../src/server')
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
