/**
 * The bench's comparison server: src/server.ts (same Express app, same Next.js build, same database)
 * running the bare config of bareConfig.ts. Payload keeps one instance per process, so initialising
 * it here first makes the server (and the Next.js route handlers, which share that instance) use it.
 * The bare config has no plugin, so the REST route answers without the HTTP caching wrapper too.
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
