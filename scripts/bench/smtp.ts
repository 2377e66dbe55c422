import type { AddressInfo } from 'node:net'

import { SMTPServer } from 'smtp-server'

export type DelayedSmtp = {
  close: () => Promise<void>
  /** Messages accepted so far. */
  delivered: () => number
  port: number
}

/** A real SMTP server on 127.0.0.1 that accepts every message `delayMs` after receiving it. */
export const startDelayedSmtp = async (delayMs: number): Promise<DelayedSmtp> => {
  let delivered = 0
  const timers = new Set<NodeJS.Timeout>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume()
      stream.on('end', () => {
        const timer = setTimeout(() => {
          timers.delete(timer)
          delivered++
          callback()
        }, delayMs)
        timers.add(timer)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
    delivered: () => delivered,
    port: (server.server.address() as AddressInfo).port,
  }
}
