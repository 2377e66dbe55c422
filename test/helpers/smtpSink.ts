import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = {
  close: () => Promise<void>
  /** The SMTP envelope recipients (RCPT TO) of each message, in the order of `messages`. */
  envelopes: string[][]
  messages: ParsedMail[]
  port: number
  /** Stops answering (as an SMTP outage would) until start() is called again on the same port. */
  start: () => Promise<void>
}

const listen = async (server: SMTPServer, port: number): Promise<number> =>
  new Promise((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve((server.server.address() as AddressInfo).port))
  })

/** A real SMTP server in the test process (the `smtp-server` package) that keeps what it receives. */
export const startSmtpSink = async (): Promise<SmtpSink> => {
  const messages: ParsedMail[] = []
  const envelopes: string[][] = []
  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (mail) => {
            envelopes.push(session.envelope.rcptTo.map(({ address }) => address))
            messages.push(mail)
            callback()
          },
          (err: Error) => callback(err),
        )
      },
    })
  let server: null | SMTPServer = create()
  const port = await listen(server, 0)
  const close = async () => {
    if (!server) return
    const closing = server
    server = null
    await new Promise<void>((resolve) => closing.close(() => resolve()))
  }
  return {
    close,
    envelopes,
    messages,
    port,
    start: async () => {
      if (server) return
      server = create()
      await listen(server, port)
    },
  }
}

/** Every address a message went to. */
export const recipientsOf = (mail: ParsedMail): string[] => {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []
  return to.flatMap((address) => address.value.map(({ address: a }) => a ?? ''))
}
