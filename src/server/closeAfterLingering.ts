import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'

/** How long a client still sending a refused body is given to read the answer and hang up. */
const LINGER_MS = 2_000

/**
 * For an answer sent before its request's body was all read (a 413): the connection closes after
 * it (`Connection: close`), but not at once. Node destroys a closing socket as soon as the answer
 * is flushed; with the client's body still arriving, the kernel then resets the connection, and a
 * client still writing (fetch, curl) may see `EPIPE`/`ECONNRESET` instead of the answer it was
 * sent. So the answer is sent with FIN, and the socket is destroyed when the client has gone or
 * after LINGER_MS, whichever comes first. Meanwhile a body the handler had begun to read stays
 * paused (nothing more is read: TCP flow control holds the client, which reads its answer and hangs
 * up); a body nobody read (a Content-Length refusal) has been dumped by Node, whose parser then
 * reads and discards what still arrives, for LINGER_MS at most.
 *
 * Reading and throwing away the rest under a byte budget (nginx's lingering close) was tried: on
 * loopback the budget is spent in milliseconds, the socket destroyed under a client still writing,
 * and the reset came back (2 in 3,000 requests under load; paused, 0 in 11,700).
 */
export const closeAfterLingering = (req: IncomingMessage, res: ServerResponse): void => {
  res.setHeader('Connection', 'close')
  const socket: (Socket & { destroySoon?: () => void }) | null = req.socket
  if (!socket || socket.destroyed) return
  // Node calls it once a `Connection: close` answer is written (lib/_http_server.js, resOnFinish).
  socket.destroySoon = () => {
    socket.end()
    const timer = setTimeout(() => socket.destroy(), LINGER_MS)
    timer.unref()
    socket.once('close', () => clearTimeout(timer))
  }
}
