import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type SpawnedServer, spawnServer, waitForStatus } from '../../test/helpers/spawnServer'

/** The production build the servers use (`npm start` reads `.next`); LOAD_NEXT_DIST_DIR overrides. */
export const nextDistDir = process.env.LOAD_NEXT_DIST_DIR || '.next'

/** Runs `npm run build` into `distDir` (a production build; the build's errors on stderr). */
export const buildInto = (distDir: string): void => {
  const result = spawnSync('npm', ['run', 'build'], {
    env: { ...process.env, NEXT_DIST_DIR: distDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 15 * 60_000,
  })
  if (result.status !== 0)
    throw new Error(`npm run build failed (${result.status ?? result.signal})`)
}

/** Runs `npm run build` into nextDistDir unless a build is already there. */
export const ensureBuild = (): void => {
  if (fs.existsSync(path.join(nextDistDir, 'BUILD_ID'))) return
  console.log(`no production build in ${nextDistDir}: running npm run build (a few minutes)`)
  buildInto(nextDistDir)
}

export type Cluster = { baseUrls: string[]; stop: () => Promise<void> }

/**
 * `count` production servers (src/server.ts, NODE_ENV=production) on one database, each running the
 * jobs queue every second. Started one after the other: the first applies the migrations to the
 * fresh database, the others find them applied. Every POST of the load comes from this machine, one
 * client address: `isBookingLimitRaised` lifts the per-IP booking limit out of the way (throughput
 * runs); without it the servers keep the plugin's default.
 */
export const startCluster = async ({
  count,
  databaseUri,
  isBookingLimitRaised,
  smtpPort,
}: {
  count: number
  databaseUri: string
  isBookingLimitRaised: boolean
  smtpPort: number
}): Promise<Cluster> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-load-'))
  const servers: SpawnedServer[] = []
  const stop = async () => {
    await Promise.all(
      servers.map(async (server, i) => {
        const code = await server.stop('SIGTERM', { killAfterMs: 20_000 })
        if (code !== 0) console.log(`  server ${i + 1} did not stop cleanly (exit ${code})`)
        if (process.env.LOAD_SERVER_LOG_DIR)
          fs.writeFileSync(
            path.join(process.env.LOAD_SERVER_LOG_DIR, `server-${i + 1}-${Date.now()}.log`),
            server.output(),
          )
      }),
    )
    fs.rmSync(dataDir, { force: true, recursive: true })
  }
  try {
    for (let i = 0; i < count; i++) {
      const server = await spawnServer({
        BOOKING_RATE_LIMIT: isBookingLimitRaised ? '100000' : undefined,
        DATA_DIR: dataDir,
        DATABASE_URI: databaseUri,
        JOBS_AUTORUN: 'true',
        JOBS_CRON: '*/1 * * * * *',
        LOG_LEVEL: process.env.LOAD_LOG_LEVEL || 'error',
        MAIL_FROM: 'desk@load.test',
        NEXT_DIST_DIR: nextDistDir,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'load-test-secret-not-for-production',
        SEED_ON_START: 'false',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtpPort),
      })
      servers.push(server)
      await waitForStatus(server, '/healthz', { timeoutMs: 180_000 })
    }
  } catch (err) {
    await stop()
    throw err
  }
  return { baseUrls: servers.map((server) => server.baseUrl), stop }
}

/** How many of the servers do not answer /healthz with 200 within 5 s. */
export const unansweredHealthz = async (baseUrls: string[]): Promise<number> => {
  const answers = await Promise.all(
    baseUrls.map((url) =>
      fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) }).then(
        (response) => response.status === 200,
        () => false,
      ),
    ),
  )
  return answers.filter((ok) => !ok).length
}
