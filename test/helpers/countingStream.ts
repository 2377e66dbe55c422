/**
 * A chunked body of `chunks` × 64 KB (spaces) that counts how much of it the client pulled: what a
 * server refusing it after its cap let through (`state.pulled`).
 */
export const countingStream = (chunks: number, chunk = new Uint8Array(64 * 1024).fill(0x20)) => {
  const state = { pulled: 0 }
  let sent = 0
  const stream = new ReadableStream<Uint8Array>({
    pull: (controller) => {
      if (sent === chunks) return controller.close()
      sent++
      state.pulled += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
  return { state, stream }
}
