import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type WebhookSink = {
  close: () => Promise<void>
  received: unknown[]
  /** Status codes to answer with, in order; 200 once they run out. */
  respondWith: number[]
  url: string
}

/** A local HTTP server standing in for Slack: records each JSON body it is sent. */
export const startWebhookSink = async (): Promise<WebhookSink> => {
  const sink = { received: [] as unknown[], respondWith: [] as number[] }
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      sink.received.push(JSON.parse(body || 'null'))
      res.writeHead(sink.respondWith.shift() ?? 200, { 'content-type': 'text/plain' }).end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    close: () => new Promise((resolve) => server.close(() => resolve())),
    get received() {
      return sink.received
    },
    get respondWith() {
      return sink.respondWith
    },
    set respondWith(codes: number[]) {
      sink.respondWith = codes
    },
    url: `http://127.0.0.1:${port}/hook`,
  }
}
