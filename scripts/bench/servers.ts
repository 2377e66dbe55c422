import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { spawnServer, waitForStatus } from '../../test/helpers/spawnServer'
import { benchDistDir } from './build'

/** The production servers' (and their children's) PAYLOAD_SECRET. */
export const BENCH_SECRET = 'bench-secret-not-for-production-0123456789'

export type BenchServer = {
  baseUrl: string
  label: string
  /** The server's own process id (Node itself, no wrapper): its /proc/<pid>/status is the server's. */
  pid: number
  /** Milliseconds from spawning the process to the first 200 of GET /api/interviews. */
  startMs: number
  /** Milliseconds from spawning the process to the first 200 of /readyz (the bare one: startMs). */
  readyMs: number
  stop: () => Promise<void>
}

type Args = {
  /** The bare Payload of bareConfig.ts instead of the app with the plugin. */
  bare?: boolean
  databaseUri: string
  env?: Record<string, string>
  label: string
}

/**
 * The production server (src/server.ts, NODE_ENV=production, the bench's build) on a free port of
 * 127.0.0.1, or the bare comparison server (bareServer.ts). Request logs off (LOG_LEVEL=warn), the
 * jobs queue off unless `env` turns it on.
 */
export const startServer = async ({
  bare = false,
  databaseUri,
  env = {},
  label,
}: Args): Promise<BenchServer> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-'))
  const started = performance.now()
  const server = await spawnServer(
    {
      ...(bare ? { BENCH_BARE_PAYLOAD: 'true' } : {}),
      BOOKING_RATE_LIMIT: '1000000',
      DATA_DIR: dataDir,
      DATABASE_URI: databaseUri,
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'warn',
      NEXT_DIST_DIR: benchDistDir,
      NODE_ENV: 'production',
      PAYLOAD_SECRET: BENCH_SECRET,
      SEED_ON_START: 'false',
      ...env,
    },
    bare ? 'scripts/bench/bareServer.ts' : 'src/server.ts',
  )
  const stop = async () => {
    await server.stop('SIGTERM', { killAfterMs: 15_000 })
    fs.rmSync(dataDir, { force: true, recursive: true })
  }
  try {
    // Polled every 50 ms: P4 reports the time to this first 200.
    const response = await waitForStatus(server, '/api/interviews', {
      intervalMs: 50,
      timeoutMs: 180_000,
    })
    await response.arrayBuffer()
    const answeredAt = performance.now()
    // Measured once ready for traffic, as a load balancer would send it (/readyz: the search index
    // in memory); P4 still counts the start to the first 200.
    if (!bare)
      await waitForStatus(server, '/readyz', { intervalMs: 100, timeoutMs: 600_000 }).then(
        (ready) => ready.arrayBuffer(),
      )
    return {
      baseUrl: server.baseUrl,
      label,
      pid: server.process.pid!,
      readyMs: performance.now() - started,
      startMs: answeredAt - started,
      stop,
    }
  } catch (err) {
    await stop()
    throw err
  }
}

/** VmRSS and VmHWM (peak) of a process, in MiB, from /proc/<pid>/status. */
export const memoryOf = (pid: number): { peakMiB: number; rssMiB: number } => {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1])
  return { peakMiB: kib('VmHWM') / 1024, rssMiB: kib('VmRSS') / 1024 }
}
