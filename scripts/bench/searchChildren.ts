import { type ChildProcess, fork } from 'node:child_process'

import type { ChildCalls, ChildMessage, ChildMethod, SearchEngineName } from './searchTypes'

export type SearchChild = {
  call: <M extends ChildMethod>(
    method: M,
    args: Parameters<ChildCalls[M]>[0],
  ) => ReturnType<ChildCalls[M]>
  /** Closes its database and ends it (or kills it after 15 s). */
  exit: () => Promise<void>
  label: string
}

const KEEP_OUTPUT = 20_000

/**
 * searchChild.ts as its own process on `databaseUri` (Node with tsx as a loader, as the servers run),
 * NODE_ENV=production, the jobs queue off, the search index in `engine` (the host's SEARCH_ENGINE);
 * `onProgress` gets its progress lines. Its output is kept
 * (the last 20,000 characters) and shown if a call fails.
 */
export const startSearchChild = (
  label: string,
  databaseUri: string,
  onProgress: (line: string) => void = () => {},
  engine: SearchEngineName = 'database',
): SearchChild => {
  const { NODE_OPTIONS: _ignored, ...env } = process.env
  const child: ChildProcess = fork('scripts/bench/searchChild.ts', [], {
    cwd: process.cwd(),
    env: {
      ...env,
      DATABASE_URI: databaseUri,
      JOBS_AUTORUN: 'false',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      SEARCH_ENGINE: engine,
    },
    execArgv: ['--import', 'tsx', '--conditions=production'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-KEEP_OUTPUT))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const pending = new Map<number, { reject: (err: Error) => void; resolve: (v: unknown) => void }>()
  let nextId = 0
  let exitCode: null | number | undefined
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code) => {
      exitCode = code
      for (const { reject } of pending.values())
        reject(new Error(`search child ${label} exited (${code}):\n${output}`))
      pending.clear()
      resolve()
    }),
  )
  child.on('message', (message: ChildMessage) => {
    if ('progress' in message) return onProgress(message.progress)
    const waiting = pending.get(message.id)
    pending.delete(message.id)
    if ('error' in message)
      waiting?.reject(new Error(`search child ${label}: ${message.error}\n${output}`))
    else waiting?.resolve(message.result)
  })
  return {
    call: ((method: ChildMethod, args: unknown) =>
      new Promise<unknown>((resolve, reject) => {
        if (exitCode !== undefined)
          return reject(new Error(`search child ${label} has exited (${exitCode})`))
        const id = nextId++
        pending.set(id, { reject, resolve })
        child.send({ args, id, method })
      })) as SearchChild['call'],
    exit: async () => {
      if (exitCode !== undefined) return
      child.send({ id: -1, method: 'exit' })
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
      await exited
      clearTimeout(timer)
    },
    label,
  }
}
