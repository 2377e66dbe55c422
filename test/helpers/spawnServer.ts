import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

export type SpawnedServer = {
  baseUrl: string
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<null | number>
  output: () => string
  process: ChildProcess
  /**
   * Sends `signal` (SIGTERM by default) and resolves with the exit code; with `killAfterMs`, a
   * process still running by then is sent SIGKILL.
   */
  stop: (signal?: NodeJS.Signals, options?: { killAfterMs?: number }) => Promise<null | number>
}

export const freePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

/**
 * Next.js refuses a second dev server on one build folder (its lock file): one folder per database
 * kind and Jest worker, since two test files of a run may each start a server at the same moment.
 * Next.js adds each folder's types to the tsconfig it compiles with, unless that one extends
 * another: each folder compiles with a tsconfig that only extends the project's, so new folder
 * names never rewrite tsconfig.json.
 */
const devBuildFolder = (): { NEXT_DIST_DIR: string; NEXT_TSCONFIG_PATH: string } => {
  const name = `${process.env.TEST_DB || 'sqlite'}-${process.env.JEST_WORKER_ID || '1'}`
  // Beside the build folder, not in it: the dev server empties that as it starts.
  const tsconfig = path.join('.next-test-tsconfigs', `${name}.json`)
  if (!fs.existsSync(tsconfig)) {
    fs.mkdirSync(path.dirname(tsconfig), { recursive: true })
    fs.writeFileSync(tsconfig, JSON.stringify({ extends: '../tsconfig.json' }))
  }
  return { NEXT_DIST_DIR: `.next-test-${name}`, NEXT_TSCONFIG_PATH: tsconfig }
}

/** Runs `src/server.ts` (what `npm run dev`/`npm start` run), or another entry, as its own process on a free port. */
export const spawnServer = async (
  env: Record<string, string | undefined>,
  script = 'src/server.ts',
): Promise<SpawnedServer> => {
  const port = await freePort()
  const { NODE_OPTIONS: _ignored, ...parentEnv } = process.env
  // Node itself with tsx as a loader (not the tsx CLI, which runs Node as a child of its own): a
  // signal sent to `process` reaches the server, so SIGKILL really kills it.
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=production', script], {
    cwd: process.cwd(),
    env: {
      ...parentEnv,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...devBuildFolder(),
      PORT: String(port),
      // Where the tests reach it: every link the server builds (mails, OpenAPI) starts here.
      PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<null | number>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    exited,
    output: () => output,
    process: child,
    stop: async (signal = 'SIGTERM', { killAfterMs } = {}) => {
      if (child.exitCode === null) child.kill(signal)
      const killer =
        killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      const code = await exited
      clearTimeout(killer)
      return code
    },
  }
}

/**
 * Polls a URL every `intervalMs` until it answers with the wanted status (or the process dies, or
 * time runs out; no request outlives the deadline).
 */
export const waitForStatus = async (
  server: SpawnedServer,
  path: string,
  { intervalMs = 250, status = 200, timeoutMs = 120_000 } = {},
): Promise<Response> => {
  const deadline = Date.now() + timeoutMs
  let lastError = ''
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null) {
      throw new Error(`server exited with ${server.process.exitCode}:\n${server.output()}`)
    }
    try {
      const response = await fetch(`${server.baseUrl}${path}`, {
        signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
      })
      if (response.status === status) return response
      lastError = `status ${response.status}`
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err)
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(
    `${path} did not answer ${status} in ${timeoutMs} ms (${lastError}):\n${server.output()}`,
  )
}
