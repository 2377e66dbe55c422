import { type ChildProcess, spawn } from 'node:child_process'
import readline from 'node:readline'

import type { FloorCommand, FloorFigures } from './localApiChild'

export type FloorProcess = {
  run: (command: FloorCommand) => Promise<FloorFigures>
  stop: () => Promise<void>
}

/** localApiChild.ts in its own process on `env`'s database, once it says it is ready. */
export const startFloorProcess = async (env: Record<string, string>): Promise<FloorProcess> => {
  const { NODE_OPTIONS: _ignored, ...parentEnv } = process.env
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=production', 'scripts/bench/localApiChild.ts'],
    { env: { ...parentEnv, ...env }, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]()
  /** The child's next answer (its lines start `floor:`; Payload's log lines may come between). */
  const nextLine = async (): Promise<string> => {
    for (;;) {
      const { done, value } = await lines.next()
      if (done) throw new Error('the Local API process ended')
      if (value.startsWith('floor:')) return value.slice('floor:'.length)
    }
  }
  await nextLine()
  return {
    run: async (command) => {
      child.stdin!.write(`${JSON.stringify(command)}\n`)
      return JSON.parse(await nextLine()) as FloorFigures
    },
    stop: async () => {
      child.stdin!.end()
      if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve))
    },
  }
}
