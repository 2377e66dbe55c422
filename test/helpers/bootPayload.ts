import type { DatabaseAdapterObj, EmailAdapter, Payload, SanitizedConfig } from 'payload'

import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BasePayload, getPayload } from 'payload'

import { buildAppConfig } from '../../src/buildAppConfig'
import { closeDatabase } from '../../src/db/closeDatabase'
import { pickEmailAdapter } from '../../src/email/pickEmailAdapter'
import { mergePluginOptions } from '../../src/resolvePluginOptions'
import { allowedOrigins } from '../../src/security/allowedOrigins'
import type { SpeakersBureauPluginConfig } from '../../src/types'
import { closeApiServerOf } from './apiServer'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export type TestContext = {
  close: () => Promise<void>
  config: Promise<SanitizedConfig>
  database: TestDatabase
  payload: Payload
}

type Args = {
  /** The adapter for the fresh database, instead of its default one (e.g. with a query logger). */
  adapterFor?: (database: TestDatabase) => DatabaseAdapterObj
  /** Mail through a real SMTP server (see smtpSink.ts) instead of the log. */
  email?: EmailAdapter | Promise<EmailAdapter>
  pluginOptions?: SpeakersBureauPluginConfig
  /**
   * PostgreSQL: push this config's schema into an empty database instead of copying the run's
   * template (made from the default options), for options that add collections.
   */
  pushSchema?: boolean
  sqliteFile?: boolean
}

/** Boots Payload with the app's config on a fresh database for one test file. Call close() in afterAll. */
export const bootPayload = async ({
  adapterFor,
  email,
  pluginOptions,
  pushSchema,
  sqliteFile,
}: Args = {}): Promise<TestContext> => {
  // An adapter of the test's own (migrations, spies) may want the database empty: no template then.
  const database = await createTestDatabase({
    fromTemplate: !adapterFor && !pushSchema,
    isFile: sqliteFile,
  })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-data-'))
  const config = buildAppConfig({
    dataDir,
    db: adapterFor ? adapterFor(database) : database.adapter,
    email,
    // The origin the API client (apiClient.ts) sends requests from.
    origins: allowedOrigins({ PUBLIC_SERVER_URL: 'http://localhost:3000' }),
    pluginOptions,
    secret: 'test-secret-not-for-production',
    serverURL: 'http://localhost:3000',
  })
  const payload = await getPayload({ config })
  let isClosed = false
  return {
    close: async () => {
      if (isClosed) return
      isClosed = true
      await closeApiServerOf(payload)
      await closeDatabase(payload).catch(() => undefined)
      await database.drop()
      fs.rmSync(dataDir, { force: true, recursive: true })
    },
    config,
    database,
    payload,
  }
}

/** Boots Payload with mail going to a real SMTP server on `smtpPort`, and fast notification retries. */
export const bootPayloadWithMail = async (
  smtpPort: number,
  pluginOptions: SpeakersBureauPluginConfig = {},
): Promise<TestContext> =>
  bootPayload({
    email: pickEmailAdapter({
      MAIL_FROM: 'desk@bureau.test',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
    }),
    pluginOptions: mergePluginOptions({ notifications: { retryDelayMs: 20 } }, pluginOptions),
  })

/**
 * A second app instance on the database of `ctx` (PostgreSQL or MongoDB), as a second server would
 * run: its own Payload, outside getPayload's cache. Close it with closeDatabase.
 */
export const bootSecondInstance = async (
  ctx: TestContext,
  pluginOptions?: SpeakersBureauPluginConfig,
): Promise<Payload> => {
  // Imported here: the host's adapter choice loads all three adapters (see testDatabase.ts).
  const { pickDatabaseAdapter } = await import('../../src/db/pickDatabaseAdapter')
  const config = await buildAppConfig({
    db: pickDatabaseAdapter({ dataDir: '.data', uri: ctx.database.uri }),
    origins: [],
    pluginOptions,
    secret: 'test-secret-not-for-production',
    serverURL: 'http://localhost:3000',
  })
  return new BasePayload().init({ config })
}
