/**
 * `npx tsx --conditions=production scripts/measure-login-timing.ts`: how long a sign-in with a
 * wrong password takes for an account that exists and for one that does not, as a client from
 * outside would see it (the Local API with the client IP header: the same operation and hooks as
 * REST and GraphQL). Two Payload instances on TEST_DB (sqlite temp files by default): the app as
 * it is, and the same config with the plugin's hooks off (`disabled`: Payload alone, what the app
 * did before). Attempts alternate known/unknown, LOGIN_SAMPLES (default 25) of each; the counters'
 * limits are raised so the progressive delay does not enter the figures. Target: the app's
 * unknown/known median ratio within 0.8–1.25 (exits 1 if missed).
 */
import type { DatabaseAdapterObj, Payload, Plugin } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { APIError, BasePayload, getPayload } from 'payload'

import { buildAppConfig } from '../src/buildAppConfig'
import { closeDatabase } from '../src/db/closeDatabase'
import { pickDatabaseAdapter } from '../src/db/pickDatabaseAdapter'
import type { SpeakersBureauPluginConfig } from '../src/types'
import { CLIENT_IP_HEADER } from '../src/vocabulary/clientIpHeader'
import { createTestDatabase, type TestDatabase } from '../test/helpers/testDatabase'
import { printMarkdownTable } from './load/markdownTable'

const SAMPLES = Number(process.env.LOGIN_SAMPLES || 25)
const PASSWORD = 'measure-timing-password-1'
const TARGET = { max: 1.25, min: 0.8 }

/** Limits raised so that neither a refusal nor the progressive delay enters the figures. */
const generous: SpeakersBureauPluginConfig = {
  auth: {
    loginRateLimit: 100_000,
    signInDelayAfterFailures: 100_000,
    signInFailuresPerAddress: 100_000,
  },
}

const noTypeGeneration: Plugin = (config) => ({
  ...config,
  typescript: { ...config.typescript, autoGenerate: false },
})

/** The app on a fresh database (schema pushed), and the same config with its hooks off beside it. */
const boot = async () => {
  const database: TestDatabase = await createTestDatabase({ isFile: true })
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-timing-'))
  const configFor = (pluginOptions: SpeakersBureauPluginConfig, db: DatabaseAdapterObj) =>
    buildAppConfig({
      dataDir,
      db,
      origins: [],
      pluginOptions: { ...generous, ...pluginOptions },
      plugins: [noTypeGeneration],
      secret: 'measure-timing-secret',
      serverURL: 'http://localhost:3000',
    })
  const app = await getPayload({ config: configFor({}, database.adapter) })
  // `disabled` keeps the schema, so the second instance needs no push of its own.
  const bare = await new BasePayload().init({
    config: await configFor(
      { disabled: true },
      pickDatabaseAdapter({ dataDir, uri: database.uri }),
    ),
  })
  const close = async () => {
    await closeDatabase(bare).catch(() => undefined)
    await closeDatabase(app).catch(() => undefined)
    await database.drop()
    fs.rmSync(dataDir, { force: true, recursive: true })
  }
  return { app, bare, close }
}

/** Milliseconds of one sign-in from a fresh client address, and how it ended. */
const attempt = async (payload: Payload, email: string, password: string) => {
  const headers = new Headers({ [CLIENT_IP_HEADER]: `198.18.${crypto.randomInt(256)}.1` })
  const started = performance.now()
  let status = 200
  try {
    await payload.login({ collection: 'users', data: { email, password }, req: { headers } })
  } catch (error) {
    status = error instanceof APIError ? error.status : 500
  }
  return { ms: performance.now() - started, status }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
}

const measure = async (payload: Payload) => {
  // Warm-up: the first hash and query of a process are slower.
  await attempt(payload, 'known@timing.test', 'wrong-password-0')
  const known: number[] = []
  const unknown: number[] = []
  const right: number[] = []
  for (let i = 0; i < SAMPLES; i++) {
    const a = await attempt(payload, 'known@timing.test', `wrong-password-${i}`)
    const b = await attempt(payload, `nobody-${i}@timing.test`, `wrong-password-${i}`)
    const c = await attempt(payload, 'known@timing.test', PASSWORD)
    if (a.status !== 401 || b.status !== 401 || c.status !== 200)
      throw new Error(`unexpected answers: ${a.status} ${b.status} ${c.status}`)
    known.push(a.ms)
    unknown.push(b.ms)
    right.push(c.ms)
  }
  return { known, right, unknown }
}

const main = async () => {
  const { app, bare, close } = await boot()
  const rows: string[][] = []
  let appRatio = 0
  try {
    await app.create({
      collection: 'users',
      data: { email: 'known@timing.test', name: 'Kim Known', password: PASSWORD },
    })
    for (const [label, payload] of [
      ['Payload alone (before)', bare],
      ['the app', app],
    ] as const) {
      const { known, right, unknown } = await measure(payload)
      const ratio = percentile(unknown, 0.5) / percentile(known, 0.5)
      if (payload === app) appRatio = ratio
      rows.push([
        label,
        `${percentile(known, 0.5).toFixed(1)} / ${percentile(known, 0.9).toFixed(1)} ms`,
        `${percentile(unknown, 0.5).toFixed(1)} / ${percentile(unknown, 0.9).toFixed(1)} ms`,
        ratio.toFixed(2),
        `${percentile(right, 0.5).toFixed(1)} ms`,
      ])
    }
  } finally {
    await close()
  }
  console.log(`\n${SAMPLES} attempts each, alternating (${process.env.TEST_DB || 'sqlite'}):\n`)
  printMarkdownTable(
    [
      'run',
      'wrong password, known account (p50 / p90)',
      'unknown account (p50 / p90)',
      'unknown / known (p50)',
      'right password (p50)',
    ],
    rows,
  )
  const isMet = appRatio >= TARGET.min && appRatio <= TARGET.max
  console.log(`\ntarget ${TARGET.min}–${TARGET.max}: ${isMet ? 'met' : 'MISSED'}`)
  process.exit(isMet ? 0 : 1)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
