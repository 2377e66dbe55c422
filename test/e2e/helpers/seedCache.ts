import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** Set by test/e2e/globalSetup.ts: this run's folder of seeded data directories. */
export const E2E_SEEDS_ENV = 'SB_E2E_SEEDS_DIR'

/**
 * Fills `dataDir` as `npm run seed` does with `env`. The seed (tsx start, migrations, 13 speakers
 * with their photos) took 8 of a server start's 15 s, and most files seed with the same
 * environment: within one run, the first seed with an environment is kept and copied to the next.
 */
export const seedDataDir = (dataDir: string, env: Record<string, string>): void => {
  const seeds = process.env[E2E_SEEDS_ENV]
  const kept = seeds && path.join(seeds, seedKey(env))
  if (kept && fs.existsSync(kept)) return fs.cpSync(kept, dataDir, { recursive: true })
  const { NODE_OPTIONS: _ignored, ...parentEnv } = process.env
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['--conditions=production', 'seed/run.ts'], {
    env: { ...parentEnv, ...env, DATA_DIR: dataDir },
    stdio: 'ignore',
  })
  if (!kept) return
  // Copied aside, then renamed: a file never sees a half-written copy.
  const copying = `${kept}.${process.pid}`
  fs.cpSync(dataDir, copying, { recursive: true })
  fs.renameSync(copying, kept)
}

const seedKey = (env: Record<string, string>): string =>
  crypto
    .createHash('sha256')
    .update(
      JSON.stringify(
        Object.entries(env)
          .filter(([name]) => name !== 'DATA_DIR')
          .sort(),
      ),
    )
    .digest('hex')
    .slice(0, 16)
