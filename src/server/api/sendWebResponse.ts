import type { Response as ExpressResponse } from 'express'

import { once } from 'node:events'

/** Writes `chunk`, waiting for the socket to drain when its buffer is full (back-pressure). */
const write = async (res: ExpressResponse, chunk: Uint8Array): Promise<void> => {
  if (res.write(chunk)) return
  await Promise.race([once(res, 'drain'), once(res, 'close')])
}

/**
 * Writes a WHATWG `Response` to Node's response: status, headers (each `Set-Cookie` on its own),
 * then the body. A body of one chunk (a JSON answer) goes out whole with its Content-Length; a
 * longer one (a file from `/api/media/file/…`) streams chunk by chunk with back-pressure, never held
 * whole, and stops reading if the client goes away. `withoutBody` for HEAD. Headers set earlier by
 * Express (helmet's) stay unless the answer sets its own.
 */
export const sendWebResponse = async (
  res: ExpressResponse,
  response: Response,
  { withoutBody = false }: { withoutBody?: boolean } = {},
): Promise<void> => {
  res.statusCode = response.status
  for (const [name, value] of response.headers)
    if (name !== 'set-cookie') res.setHeader(name, value)
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body || withoutBody) {
    await response.body?.cancel()
    res.end()
    return
  }
  const reader = response.body.getReader()
  try {
    const first = await reader.read()
    if (first.done) return void res.end()
    const second = await reader.read()
    if (second.done) {
      if (!res.hasHeader('content-length')) res.setHeader('content-length', first.value.byteLength)
      return void res.end(first.value)
    }
    await write(res, first.value)
    let next: ReadableStreamReadResult<Uint8Array> = second
    while (!next.done) {
      if (res.destroyed) return
      await write(res, next.value)
      next = await reader.read()
    }
    res.end()
  } finally {
    if (res.destroyed) await reader.cancel().catch(() => undefined)
    reader.releaseLock()
  }
}
