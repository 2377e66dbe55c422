import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

/**
 * Runs `work` in one database transaction on `req` (every Local API call given `req` joins it):
 * all of it is stored, or, when it throws, none of it. Joins a transaction `req` already has.
 */
export const inTransaction = async <T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> => {
  const isOwn = await initTransaction(req)
  try {
    const result = await work()
    if (isOwn) await commitTransaction(req)
    return result
  } catch (err) {
    if (isOwn) await killTransaction(req)
    throw err
  }
}
