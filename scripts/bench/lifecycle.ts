import { benchDatabases } from './databases'
import { type BenchServer, startServer } from './servers'

export type Lifecycle = ReturnType<typeof benchLifecycle>

/**
 * What the bench starts and must end: its databases, servers and other closable things (SMTP sinks).
 * `cleanUp` ends them all; it also runs on Ctrl-C (SIGINT/SIGTERM).
 */
export const benchLifecycle = () => {
  const databases = benchDatabases()
  const servers = new Set<BenchServer>()
  const closables: (() => Promise<void>)[] = []
  const cleanUp = async () => {
    await Promise.allSettled([...servers].map((server) => server.stop()))
    await Promise.allSettled(closables.splice(0).map((close) => close()))
    await databases.dropAll()
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)))
  return {
    cleanUp,
    databases,
    /** Closes `close` at clean-up. */
    onCleanUp: (close: () => Promise<void>) => void closables.push(close),
    start: async (args: Parameters<typeof startServer>[0]): Promise<BenchServer> => {
      const server = await startServer(args)
      servers.add(server)
      return server
    },
    stop: async (...stopping: BenchServer[]): Promise<void> => {
      await Promise.all(stopping.map((server) => server.stop()))
      for (const server of stopping) servers.delete(server)
    },
  }
}
