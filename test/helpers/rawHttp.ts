import http from 'node:http'

export type RawAnswer = { body: string; headers: http.IncomingHttpHeaders; status: number }

type Args = {
  baseUrl: string
  /** A string or buffer goes with its Content-Length; a list of chunks goes chunked, without one. */
  body?: Buffer | Buffer[] | string
  headers?: Record<string, string>
  /**
   * The client's own address: any of 127.0.0.0/8 on Linux, so each test can be a client of its
   * own against a server that trusts no proxy (and so ignores X-Forwarded-For).
   */
  localAddress?: string
  method?: string
  /** Sent as written: no URL parsing on the way, so dot segments and double slashes reach the server. */
  path: string
  /**
   * Send the headers alone first and give the server this long to answer before the body follows
   * (a server that refuses a body by its Content-Length answers at once and closes; a body sent
   * meanwhile would make the connection reset, and the answer might be lost with it).
   */
  waitBeforeBodyMs?: number
}

/**
 * One HTTP request through node:http (fetch would normalise the path). Stops sending the body once
 * the server has answered (it may answer early, 413, and close the connection); an error before any
 * answer is status 0 with the error's message as the body.
 */
export const rawRequest = ({
  baseUrl,
  body,
  headers = {},
  localAddress,
  method = 'POST',
  path,
  waitBeforeBodyMs = 0,
}: Args): Promise<RawAnswer> =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(baseUrl)
    const isChunked = Array.isArray(body)
    const chunks =
      body === undefined
        ? []
        : isChunked
          ? body
          : [typeof body === 'string' ? Buffer.from(body) : body]
    let isAnswered = false
    const request = http.request(
      {
        agent: false,
        headers: {
          ...(isChunked || body === undefined
            ? {}
            : { 'content-length': String(chunks[0].byteLength) }),
          ...headers,
        },
        host: hostname,
        localAddress,
        method,
        path,
        port,
      },
      (response) => {
        isAnswered = true
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (part: string) => (text += part))
        const done = () => {
          resolve({
            body: text,
            headers: response.headers,
            status: response.statusCode ?? 0,
          })
          // A body the server did not wait for is not sent on.
          request.destroy()
        }
        response.on('end', done)
        response.on('error', done)
      },
    )
    request.on('error', (err) => {
      if (!isAnswered) resolve({ body: err.message, headers: {}, status: 0 })
    })
    const stopped = new Promise<void>((done) => {
      request.once('response', () => done())
      request.once('close', () => done())
    })
    void (async () => {
      if (waitBeforeBodyMs > 0) {
        request.flushHeaders()
        await Promise.race([stopped, new Promise((done) => setTimeout(done, waitBeforeBodyMs))])
      }
      for (const chunk of chunks) {
        if (isAnswered || request.destroyed) return
        if (!request.write(chunk))
          await Promise.race([new Promise((done) => request.once('drain', done)), stopped])
      }
      if (!request.destroyed) request.end()
    })()
  })
