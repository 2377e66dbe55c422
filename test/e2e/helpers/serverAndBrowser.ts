import type { Browser } from 'playwright-core'

import { afterAll, beforeAll } from '@jest/globals'

import type { SpawnedServer } from '../../helpers/spawnServer'

import { launchBrowser } from './browser'
import { startProductionServer } from './productionServer'

export type ServerAndBrowser = { browser: Browser; server: SpawnedServer }

/**
 * The production server on a fresh seeded database and Chromium, started before the file's (or the
 * describe's) tests and stopped after them: read `.server` and `.browser` inside the tests.
 */
export const useServerAndBrowser = (): ServerAndBrowser => {
  const started = {} as ServerAndBrowser
  beforeAll(async () => {
    started.server = await startProductionServer()
    started.browser = await launchBrowser()
  })
  afterAll(async () => {
    await started.browser?.close()
    await started.server?.stop()
  })
  return started
}
