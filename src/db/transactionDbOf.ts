import type { Payload, PayloadRequest } from 'payload'

type DrizzleAdapter<Db> = {
  drizzle: Db
  sessions?: Record<string, { db: Db }>
}

/**
 * A SQL adapter's drizzle database for `req`: its transaction when it has one (so what is written
 * or locked goes with the document), else the adapter's pool.
 */
export const transactionDbOf = async <Db>(
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<Db> => {
  const adapter = payload.db as unknown as DrizzleAdapter<Db>
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[String(id)]?.db) || adapter.drizzle
}
