import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** How long a client still sending a refused body is given to read the answer and hang up. */
const LINGER_MS = 2_000
/** How much of that body is read (and thrown away) meanwhile, at most. */
const LINGER_BYTES = 4 * 1024 * 1024

/**
 * For an answer sent before its request's body was all read (a 413): the connection closes after
 * it (`Connection: close`), but not at once. Node destroys a closing socket as soon as the answer
 * is flushed; with the client's body still arriving, the kernel then resets the connection, and a
 * client still writing (fetch, curl) may see `EPIPE`/`ECONNRESET` instead of the answer it was
 * sent. So, as nginx's lingering close does: send the answer and FIN, throw away what still
 * arrives until the client hangs up, for at most LINGER_MS and LINGER_BYTES, then destroy.
 */
export const closeAfterLingering = (req: IncomingMessage, res: ServerResponse): void => {
  res.setHeader('Connection', 'close')
  const socket: (Socket & { destroySoon?: () => void }) | null = req.socket
  if (!socket || socket.destroyed) return
  // Node calls it once a `Connection: close` answer is written (lib/_http_server.js, resOnFinish).
  socket.destroySoon = () => {
    socket.end()
    const close = () => socket.destroy()
    const timer = setTimeout(close, LINGER_MS)
    timer.unref()
    let thrownAway = 0
    req.on('data', (chunk: Buffer) => {
      thrownAway += chunk.byteLength
      if (thrownAway > LINGER_BYTES) close()
    })
    req.on('error', close)
    socket.once('end', close).once('close', () => clearTimeout(timer))
    req.resume()
  }
}
