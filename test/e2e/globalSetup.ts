import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { E2E_SEEDS_ENV } from './helpers/seedCache'

/** A folder for this run's seeded databases (helpers/seedCache.ts), removed by globalTeardown.ts. */
export default function globalSetup(): void {
  process.env[E2E_SEEDS_ENV] = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-seeds-'))
}
