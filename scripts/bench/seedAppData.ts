import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { BENCH_SECRET } from './servers'

/** Migrates the database at `uri` and seeds it with the app's seed data (`npm run seed`), as production. */
export const seedAppData = (uri: string): void => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-seed-'))
  const { NODE_OPTIONS: _ignored, ...env } = process.env
  execFileSync(path.resolve('node_modules/.bin/tsx'), ['--conditions=production', 'seed/run.ts'], {
    env: {
      ...env,
      DATA_DIR: dataDir,
      DATABASE_URI: uri,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: BENCH_SECRET,
      PUBLIC_SERVER_URL: 'http://127.0.0.1',
      SEED_ADMIN_EMAIL: 'admin@bench.test',
      SEED_ADMIN_PASSWORD: 'bench-password-2030',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  fs.rmSync(dataDir, { force: true, recursive: true })
}
