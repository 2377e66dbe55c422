import type { Server } from 'node:http'
import type { Payload } from 'payload'

import { closeDatabase } from '../db/closeDatabase'

type Args = {
  closeNext: () => Promise<void>
  payload: Payload
  server: Server
  /** Give in-flight requests this long before closing anyway. */
  timeoutMs?: number
}

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish, then close Next.js
 * and the database, and exit.
 */
export const shutdownGracefully = ({
  closeNext,
  payload,
  server,
  timeoutMs = 10_000,
}: Args): void => {
  let isShuttingDown = false
  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    if (isShuttingDown) return
    isShuttingDown = true
    payload.logger.info(`${signal} received: finishing in-flight requests`)
    const force = setTimeout(() => {
      payload.logger.warn('In-flight requests did not finish in time; closing anyway')
      server.closeAllConnections()
    }, timeoutMs)
    force.unref()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
    })
    clearTimeout(force)
    await closeNext().catch((err: unknown) => payload.logger.error({ err, msg: 'Closing Next.js' }))
    await closeDatabase(payload).catch((err: unknown) =>
      payload.logger.error({ err, msg: 'Closing DB' }),
    )
    payload.logger.info('Shut down cleanly')
    process.exit(0)
  }
  process.once('SIGTERM', (signal) => void shutdown(signal))
  process.once('SIGINT', (signal) => void shutdown(signal))
}
