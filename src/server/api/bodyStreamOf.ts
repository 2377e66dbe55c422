import type { IncomingMessage } from 'node:http'

/** How much of a body is read ahead of the handler before the socket is paused. */
const READ_AHEAD_BYTES = 64 * 1024

/**
 * The request's body as a WHATWG stream, read from the socket only as fast as the handler pulls
 * it. Unlike `Readable.toWeb`, cancelling it (a body over its cap, src/http/readLimitedBody.ts)
 * pauses the request instead of destroying its socket: destroying it before the 413 is written
 * made the kernel reset a connection the client was still writing to, and a client could get
 * `EPIPE` instead of the answer. Paused, the client is held by TCP flow control and reads the 413;
 * the connection then closes when the client hangs up, or after a short linger
 * (src/server/closeAfterLingering.ts), reading nothing more of the body.
 */
export const bodyStreamOf = (req: IncomingMessage): ReadableStream<Uint8Array> => {
  let detach = () => undefined as void
  return new ReadableStream<Uint8Array>(
    {
      cancel: () => detach(),
      pull: () => void req.resume(),
      start: (controller) => {
        const onData = (chunk: Buffer) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
          if ((controller.desiredSize ?? 0) <= 0) req.pause()
        }
        const onEnd = () => {
          detach()
          controller.close()
        }
        const onError = (err: Error) => {
          detach()
          controller.error(err)
        }
        const onClose = () => onError(new Error('The client closed the connection mid-body.'))
        detach = () => {
          req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose)
          req.pause()
        }
        req.on('data', onData).once('end', onEnd).once('error', onError).once('close', onClose)
        req.pause()
      },
    },
    { highWaterMark: READ_AHEAD_BYTES, size: (chunk) => chunk.byteLength },
  )
}
