import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { spawnServer, type SpawnedServer, waitForStatus } from '../../helpers/spawnServer'
import { seedDataDir } from './seedCache'

export const E2E_PASSWORD = 'e2e-password-2030'
export const e2eEmail = (role: 'admin' | 'editor' | 'reviewer' | 'staff'): string =>
  `${role}@e2e.test`

type StartProductionServerOptions = {
  /** Extra environment for the seed and the server, e.g. `{ TZ: 'Pacific/Kiritimati' }`. */
  env?: Record<string, string>
}

/**
 * The production build (`npm run build` first) on a fresh SQLite database, seeded as a bureau would
 * seed production (migrations, then `npm run seed` with its own admin credentials).
 * `E2E_DIST_DIR` names the build to serve (default `.next`), so helpers building side by side each
 * test their own build.
 */
export const startProductionServer = async ({
  env: extraEnv = {},
}: StartProductionServerOptions = {}): Promise<SpawnedServer> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-'))
  const env = {
    DATA_DIR: dataDir,
    JOBS_CRON: '* * * * * *',
    NODE_ENV: 'production' as const,
    PAYLOAD_SECRET: 'e2e-secret-not-for-real-use-0123456789',
    SEED_ADMIN_EMAIL: e2eEmail('admin'),
    SEED_ADMIN_PASSWORD: E2E_PASSWORD,
    ...extraEnv,
  }
  // The seed builds no link; the server's own URL comes with its port (spawnServer).
  seedDataDir(dataDir, { ...env, LOG_LEVEL: 'warn', PUBLIC_SERVER_URL: 'http://127.0.0.1' })
  const server = await spawnServer({
    ...env,
    NEXT_DIST_DIR: process.env.E2E_DIST_DIR || '.next',
    SEED_ON_START: 'false',
  })
  await waitForStatus(server, '/healthz', { timeoutMs: 60_000 })
  return {
    ...server,
    // Its data (5 MB) goes with it.
    stop: async (...args) => {
      const code = await server.stop(...args)
      fs.rmSync(dataDir, { force: true, recursive: true })
      return code
    },
  }
}

/** A booking request as the public form posts it (required fields filled in, `data` on top). */
export const postBookingRequest = (baseUrl: string, data: Record<string, unknown>) =>
  fetch(`${baseUrl}/api/booking-requests`, {
    body: JSON.stringify({
      consent: true,
      contactName: 'Mei Organiser',
      email: 'mei@events.test',
      eventDate: '2031-03-01',
      eventLocation: 'Shanghai',
      ...data,
    }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })

/** A seeded person's API token (REST sign-in). */
export const apiTokenOf = async (
  baseUrl: string,
  role: 'admin' | 'editor' | 'reviewer' | 'staff',
): Promise<string> => {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    body: JSON.stringify({ email: e2eEmail(role), password: E2E_PASSWORD }),
    headers: { 'content-type': 'application/json' },
    method: 'POST',
  })
  return ((await login.json()) as { token: string }).token
}
