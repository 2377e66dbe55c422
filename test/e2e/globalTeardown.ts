import fs from 'node:fs'

import { E2E_SEEDS_ENV } from './helpers/seedCache'

export default function globalTeardown(): void {
  const seeds = process.env[E2E_SEEDS_ENV]
  if (seeds) fs.rmSync(seeds, { force: true, recursive: true })
}
