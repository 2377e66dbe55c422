import type { DataFromCollectionSlug, Payload, Where } from 'payload'

import type { BookingChannel } from '../bookings/bookingChannels'
import { defaults } from '../defaults'
import { collectionNames } from '../vocabulary/collectionNames'

type Args = {
  channel: BookingChannel
  deliver: () => Promise<void>
  /**
   * An attempt still unfinished after this long is taken to have died with its runner (killed
   * mid-send), and may be claimed again: JOBS_STALE_AFTER_SECONDS, after which the queue hands the
   * job itself back (see releaseStaleJobs); longer than any delivery takes.
   */
  leaseMs?: number
  payload: Payload
  requestId: number | string
  /** How long to wait for another runner's attempt on the same record to end (15 s). */
  waitMs?: number
}

const slug = collectionNames.bookingNotifications

/** A delivery record, as the host's generated types have it (Payload's `GeneratedTypes`). */
type BookingNotification = DataFromCollectionSlug<typeof slug>
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const findRecord = async (payload: Payload, key: string) =>
  (
    await payload.find({
      collection: slug,
      depth: 0,
      limit: 1,
      pagination: false,
      where: { key: { equals: key } },
    })
  ).docs[0] as BookingNotification | undefined

/** The record of this request and channel; created unless it exists (the `key` index is unique). */
const recordFor = async (
  payload: Payload,
  { channel, requestId }: Pick<Args, 'channel' | 'requestId'>,
): Promise<BookingNotification> => {
  const key = `${requestId}:${channel}`
  const found = await findRecord(payload, key)
  if (found) return found
  try {
    return (await payload.create({
      collection: slug,
      data: { attempts: 0, channel, key, request: requestId as number },
      depth: 0,
    })) as BookingNotification
  } catch (err) {
    // Another runner created it in the meantime: the unique index refused our copy.
    const created = await findRecord(payload, key)
    if (created) return created
    throw err
  }
}

/** Nobody is attempting this delivery: none started, the last one failed, or it outlived its lease. */
const isFree = (record: BookingNotification, leaseMs: number): boolean =>
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
  record: BookingNotification,
): Promise<BookingNotification | null> => {
  const attempts = record.attempts ?? 0
  const where: Where = {
    and: [
      { id: { equals: record.id } },
      { attempts: { equals: attempts } },
      { deliveredAt: { exists: false } },
    ],
  }
  const claimed: unknown = await payload.db.updateOne({
    collection: slug,
    data: { attempts: attempts + 1, lastError: null, updatedAt: new Date().toISOString() },
    where,
  })
  return (claimed as BookingNotification | null) ?? null
}

/** One attempt on a claimed record: deliver, then record the outcome. */
const attempt = async (
  payload: Payload,
  mine: BookingNotification,
  deliver: () => Promise<void>,
): Promise<'delivered'> => {
  try {
    await deliver()
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    // Only while the claim is still ours: a runner that took over after the lease keeps its state.
    await payload.db.updateOne({
      collection: slug,
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
    collection: slug,
    data: { deliveredAt: now, lastError: null, updatedAt: now },
    id: mine.id,
    returning: false,
  })
  return 'delivered'
}

/**
 * Runs `deliver` unless this channel already delivered for this request, and records the outcome
 * (attempts, last error, delivery time). Each attempt first claims the record atomically, so two
 * runners of the same job (two app instances whose queues both picked it) never both deliver: the
 * one that lost waits for the other's outcome, and skips once it is delivered. The record's states:
 * no attempt yet (`attempts` 0), an attempt running (no `lastError`, since `updatedAt`), failed
 * (`lastError`), delivered (`deliveredAt`). Outside the job's transaction on purpose: a delivery that
 * happened is never rolled back into "not delivered". Errors are rethrown so the queue retries.
 */
export const deliverOnce = async ({
  channel,
  deliver,
  leaseMs = defaults.jobs.staleAfterSeconds * 1000,
  payload,
  requestId,
  waitMs = 15_000,
}: Args): Promise<'delivered' | 'skipped'> => {
  const deadline = Date.now() + waitMs
  let record = await recordFor(payload, { channel, requestId })
  for (let waited = false; ; waited = true) {
    if (record.deliveredAt) return 'skipped'
    // The attempt we waited for failed: back to the queue, which retries after its backoff.
    if (waited && record.lastError)
      throw new Error(`${record.key}: another runner's attempt failed (${record.lastError})`)
    if (isFree(record, leaseMs)) {
      const mine = await claim(payload, record)
      if (mine) return attempt(payload, mine, deliver)
    }
    if (Date.now() > deadline)
      throw new Error(`${record.key}: another runner is delivering it; trying again later`)
    await sleep(250)
    record = (await findRecord(payload, record.key)) ?? record
  }
}
