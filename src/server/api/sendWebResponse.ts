import type { Response as ExpressResponse } from 'express'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/**
 * Writes a WHATWG `Response` to Node's response: status, headers (each `Set-Cookie` on its own),
 * then the body streamed with back-pressure (a file from `/api/media/file/…` is never held whole).
 * `withoutBody` for HEAD. Headers set earlier by Express (helmet's) stay unless the answer sets
 * its own.
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
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res)
}
