import { dataDir } from './dataDir'
import { checkBeforeStart } from './server/checkBeforeStart'

/**
 * `npm run dev` / `npm start`: checks the environment (checkBeforeStart), then loads and starts the
 * server (server/startServer.ts), so a misconfigured start refuses in a moment, before Payload,
 * Next.js and the config are loaded. Everything is awaited inside main(): a top-level await here
 * makes production starts exit silently with code 13. Run it with `--conditions=production` (the npm
 * scripts do): Lexical's default Node entry points use top-level await, and on Node 20 loading them
 * can leave the import pending forever, so the process exits with 0 or 13 and prints nothing.
 */
const main = async (): Promise<void> => {
  const isDev = process.env.NODE_ENV !== 'production'
  await checkBeforeStart({ dataDir, env: process.env, isDev })
  const { startServer } = await import('./server/startServer')
  await startServer({ isDev })
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
