import type { AddressInfo } from 'node:net'
import type { Readable } from 'node:stream'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = {
  /** How many messages were accepted (the same as `messages.length` when they are kept). */
  accepted: () => number
  /** Milliseconds the server takes to accept each message (its `250`); may be changed at any time. */
  ackDelayMs: number
  close: () => Promise<void>
  /** The SMTP envelope recipients (RCPT TO) of each message, in the order of `messages`. */
  envelopes: string[][]
  /** The messages accepted: like a real MTA, only those whose sender stayed to hear the `250`. */
  messages: ParsedMail[]
  port: number
  /** Messages whose DATA began, accepted or not yet (or never: the sender went away). */
  received: () => number
  /** Stops answering (as an SMTP outage would) until start() is called again on the same port. */
  start: () => Promise<void>
}

type Options = {
  ackDelayMs?: number
  /** Parse and keep each message (default); `false` only counts them (a load test's sink). */
  keep?: boolean
}

const listen = async (server: SMTPServer, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
  })

/** Reads a message to its end: parsed when it is kept, else drained. */
const readMessage = (stream: Readable, keep: boolean): Promise<null | ParsedMail> =>
  keep
    ? simpleParser(stream)
    : new Promise((resolve, reject) => {
        stream.on('end', () => resolve(null)).on('error', reject)
        stream.resume()
      })

/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package) that accepts each message at once or
 * `ackDelayMs` after it arrived, and keeps what it accepted.
 */
export const startSmtpSink = async ({
  ackDelayMs = 0,
  keep = true,
}: Options = {}): Promise<SmtpSink> => {
  /** Acknowledgements waiting for their delay, each with the answer to give if the sink closes. */
  const pending = new Map<NodeJS.Timeout, () => void>()
  const connected = new Set<string>()
  let [accepted, received] = [0, 0]
  const later = (ms: number, run: () => void, onClose: () => void) => {
    if (ms <= 0) return run()
    const timer = setTimeout(() => {
      pending.delete(timer)
      run()
    }, ms)
    pending.set(timer, onClose)
  }
  const create = () =>
    new SMTPServer({
      authOptional: true,
      // close(): connections still open after this are told 421 and closed (default 30 s).
      closeTimeout: 500,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: (session) => connected.delete(session.id),
      onConnect: (session, callback) => {
        connected.add(session.id)
        callback()
      },
      onData(stream, session, callback) {
        received += 1
        readMessage(stream, keep).then(
          (mail) =>
            later(
              sink.ackDelayMs,
              () => {
                if (connected.has(session.id)) {
                  accepted += 1
                  if (mail) {
                    sink.envelopes.push(session.envelope.rcptTo.map(({ address }) => address))
                    sink.messages.push(mail)
                  }
                }
                callback()
              },
              () => callback(new Error('the sink is closing')),
            ),
          (err: Error) => callback(err),
        )
      },
    })
  let server: null | SMTPServer = create()
  const port = await listen(server, 0)
  const sink: SmtpSink = {
    accepted: () => accepted,
    ackDelayMs,
    close: async () => {
      // Answer the senders still waiting for their 250 (they are refused, as by a closing MTA).
      for (const [timer, answer] of pending) {
        clearTimeout(timer)
        answer()
      }
      pending.clear()
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
