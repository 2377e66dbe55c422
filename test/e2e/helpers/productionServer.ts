import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { spawnServer, type SpawnedServer, waitForStatus } from '../../helpers/spawnServer'

export const E2E_PASSWORD = 'e2e-password-2030'
export const e2eEmail = (role: 'admin' | 'editor' | 'reviewer' | 'staff'): string =>
  `${role}@e2e.test`

/**
 * The production build (`npm run build` first) on a fresh SQLite database, seeded as a bureau would
 * seed production (migrations, then `npm run seed` with its own admin credentials).
 */
export const startProductionServer = async (): Promise<SpawnedServer> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-'))
  const env = {
    DATA_DIR: dataDir,
    JOBS_CRON: '* * * * * *',
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: 'e2e-secret-not-for-real-use',
    SEED_ADMIN_EMAIL: e2eEmail('admin'),
    SEED_ADMIN_PASSWORD: E2E_PASSWORD,
  }
  const { NODE_OPTIONS: _ignored, ...parentEnv } = process.env
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['--conditions=production', 'seed/run.ts'], {
    env: { ...parentEnv, ...env, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  })
  const server = await spawnServer({ ...env, NEXT_DIST_DIR: '.next', SEED_ON_START: 'false' })
  await waitForStatus(server, '/healthz', { timeoutMs: 60_000 })
  return server
}
