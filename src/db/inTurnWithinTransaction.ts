import type { PayloadRequest } from 'payload'

const turns = new Map<string, Promise<void>>()

/**
 * Runs `work` once the work under `key` that the same transaction started before it has finished.
 * Payload runs a bulk update's documents at once, in one transaction, where a database lock keeps
 * nothing apart (the transaction holds it already): two holds confirmed by one bulk PATCH both
 * found the speaker's days free, and PostgreSQL refused the whole update with generic errors.
 * Without a transaction (SQLite by default) the work just runs.
 */
export const inTurnWithinTransaction = async <T>(
  req: PayloadRequest,
  key: string,
  work: () => Promise<T>,
): Promise<T> => {
  const id = req.transactionID ? await req.transactionID : undefined
  if (id === undefined) return work()
  const slot = `${String(id)}\u0000${key}`
  const before = turns.get(slot) ?? Promise.resolve()
  let release: () => void = () => undefined
  const done = new Promise<void>((resolve) => {
    release = resolve
  })
  const mine = before.then(() => done)
  turns.set(slot, mine)
  await before
  try {
    return await work()
  } finally {
    release()
    if (turns.get(slot) === mine) turns.delete(slot)
  }
}
