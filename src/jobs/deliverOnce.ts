import type { Payload, Where } from 'payload'

import { defaults } from '../defaults'
import type { collectionNames } from '../vocabulary/collectionNames'
import { sleep } from '../utilities/sleep'

/** The collections of delivery records (their fields: collections/fields/deliveryFields.ts). */
export type DeliveryCollection =
  typeof collectionNames.bookingNotifications | typeof collectionNames.reviewDeliveries

type Args = {
  collection: DeliveryCollection
  /** The record's own fields (what was delivered to whom), written when it is first created. */
  data: Record<string, unknown>
  deliver: () => Promise<void>
  /** Names the delivery, unique in its collection (e.g. `<request id>:staff_email`). */
  key: string
  /**
   * An attempt still unfinished after this long is taken to have died with its runner (killed
   * mid-send), and may be claimed again: JOBS_STALE_AFTER_SECONDS, after which the queue hands the
   * job itself back (see releaseStaleJobs); longer than any delivery takes.
   */
  leaseMs?: number
  payload: Payload
  /** How long to wait for another runner's attempt on the same record to end (15 s). */
  waitMs?: number
}

/** What deliverOnce reads of a record, whichever collection holds it. */
type DeliveryRecord = {
  attempts?: null | number
  deliveredAt?: null | string
  id: number | string
  key: string
  lastError?: null | string
  updatedAt: string
}

const findRecord = async (payload: Payload, collection: DeliveryCollection, key: string) =>
  (
    await payload.find({
      collection,
      depth: 0,
      limit: 1,
      pagination: false,
      where: { key: { equals: key } },
    })
  ).docs[0] as DeliveryRecord | undefined

/** The record of this delivery; created unless it exists (the `key` index is unique). */
const recordFor = async (
  payload: Payload,
  { collection, data, key }: Pick<Args, 'collection' | 'data' | 'key'>,
): Promise<DeliveryRecord> => {
  const found = await findRecord(payload, collection, key)
  if (found) return found
  try {
    return (await payload.create({
      collection,
      data: { ...data, attempts: 0, key } as never,
      depth: 0,
    })) as unknown as DeliveryRecord
  } catch (err) {
    // Another runner created it in the meantime: the unique index refused our copy.
    const created = await findRecord(payload, collection, key)
    if (created) return created
    throw err
  }
}

/** Nobody is attempting this delivery: none started, the last one failed, or it outlived its lease. */
const isFree = (record: DeliveryRecord, leaseMs: number): boolean =>
  !record.deliveredAt &&
  (!record.attempts ||
    Boolean(record.lastError) ||
    Date.parse(record.updatedAt) < Date.now() - leaseMs)

/**
 * Takes the record for one attempt with a single conditional update (`UPDATE … WHERE id = ? AND
 * attempts = ? AND delivered_at IS NULL RETURNING`, `findOneAndUpdate` on MongoDB): of two runners
 * that read the same record, only one moves `attempts` on, so only one delivers. Null when lost.
 */
const claim = async (
  payload: Payload,
  collection: DeliveryCollection,
  record: DeliveryRecord,
): Promise<DeliveryRecord | null> => {
  const attempts = record.attempts ?? 0
  const where: Where = {
    and: [
      { id: { equals: record.id } },
      { attempts: { equals: attempts } },
      { deliveredAt: { exists: false } },
    ],
  }
  const claimed: unknown = await payload.db.updateOne({
    collection,
    data: { attempts: attempts + 1, lastError: null, updatedAt: new Date().toISOString() },
    where,
  })
  return (claimed as DeliveryRecord | null) ?? null
}

/** One attempt on a claimed record: deliver, then record the outcome. */
const attempt = async (
  payload: Payload,
  collection: DeliveryCollection,
  mine: DeliveryRecord,
  deliver: () => Promise<void>,
): Promise<'delivered'> => {
  try {
    await deliver()
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    // Only while the claim is still ours: a runner that took over after the lease keeps its state.
    await payload.db.updateOne({
      collection,
      data: {
        lastError: (message || 'delivery failed').slice(0, 500),
        updatedAt: new Date().toISOString(),
      },
      returning: false,
      where: {
        and: [
          { id: { equals: mine.id } },
          { attempts: { equals: mine.attempts } },
          { deliveredAt: { exists: false } },
        ],
      },
    })
    throw err
  }
  const now = new Date().toISOString()
  await payload.db.updateOne({
    collection,
    data: { deliveredAt: now, lastError: null, updatedAt: now },
    id: mine.id,
    returning: false,
  })
  return 'delivered'
}

/**
 * Runs `deliver` unless the delivery named `key` already happened, and records the outcome
 * (attempts, last error, delivery time). Each attempt first claims the record atomically, so two
 * runners of the same job (two app instances whose queues both picked it) never both deliver: the
 * one that lost waits for the other's outcome, and skips once it is delivered. The record's states:
 * no attempt yet (`attempts` 0), an attempt running (no `lastError`, since `updatedAt`), failed
 * (`lastError`), delivered (`deliveredAt`). Outside the job's transaction on purpose: a delivery that
 * happened is never rolled back into "not delivered". Errors are rethrown so the queue retries.
 */
export const deliverOnce = async ({
  collection,
  data,
  deliver,
  key,
  leaseMs = defaults.jobs.staleAfterSeconds * 1000,
  payload,
  waitMs = 15_000,
}: Args): Promise<'delivered' | 'skipped'> => {
  const deadline = Date.now() + waitMs
  let record = await recordFor(payload, { collection, data, key })
  for (let waited = false; ; waited = true) {
    if (record.deliveredAt) return 'skipped'
    // The attempt we waited for failed: back to the queue, which retries after its backoff.
    if (waited && record.lastError)
      throw new Error(`${record.key}: another runner's attempt failed (${record.lastError})`)
    if (isFree(record, leaseMs)) {
      const mine = await claim(payload, collection, record)
      if (mine) return attempt(payload, collection, mine, deliver)
    }
    if (Date.now() > deadline)
      throw new Error(`${record.key}: another runner is delivering it; trying again later`)
    await sleep(250)
    record = (await findRecord(payload, collection, record.key)) ?? record
  }
}
