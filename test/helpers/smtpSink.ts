import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = {
  /** Milliseconds the server takes to accept each message (its `250`); may be changed at any time. */
  ackDelayMs: number
  close: () => Promise<void>
  /** The SMTP envelope recipients (RCPT TO) of each message, in the order of `messages`. */
  envelopes: string[][]
  /** The messages accepted: like a real MTA, only those whose sender stayed to hear the `250`. */
  messages: ParsedMail[]
  port: number
  /** Messages whose data arrived, accepted or not yet (or never: the sender went away). */
  received: () => number
  /** Stops answering (as an SMTP outage would) until start() is called again on the same port. */
  start: () => Promise<void>
}

const listen = async (server: SMTPServer, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
  })

/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that keeps what it accepts, at once
 * or `ackDelayMs` after each message's data arrived.
 */
export const startSmtpSink = async ({ ackDelayMs = 0 } = {}): Promise<SmtpSink> => {
  const timers = new Set<NodeJS.Timeout>()
  const connected = new Set<string>()
  let received = 0
  const later = (ms: number, run: () => void) => {
    if (ms <= 0) return run()
    const timer = setTimeout(() => {
      timers.delete(timer)
      run()
    }, ms)
    timers.add(timer)
  }
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => connected.delete(session.id),
      onConnect: (session, callback) => {
        connected.add(session.id)
        callback()
      },
      onData(stream, session, callback) {
        received += 1
        simpleParser(stream).then(
          (mail) =>
            later(sink.ackDelayMs, () => {
              if (connected.has(session.id)) {
                sink.envelopes.push(session.envelope.rcptTo.map(({ address }) => address))
                sink.messages.push(mail)
              }
              callback()
            }),
          (err: Error) => callback(err),
        )
      },
    })
  let server: null | SMTPServer = create()
  const port = await listen(server, 0)
  const sink: SmtpSink = {
    ackDelayMs,
    close: async () => {
      for (const timer of timers) clearTimeout(timer)
      if (!server) return
      const closing = server
      server = null
      await new Promise<void>((resolve) => closing.close(() => resolve()))
    },
    envelopes: [],
    messages: [],
    port,
    received: () => received,
    start: async () => {
      if (server) return
      server = create()
      await listen(server, port)
    },
  }
  return sink
}

/** Every address a message went to. */
export const recipientsOf = (mail: ParsedMail): string[] => {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
  return to.flatMap((address) => address.value.map(({ address: a }) => a ?? ''))
}
