import type { Payload } from 'payload'

import type { BookingChannel } from '../../collections/BookingNotifications'
import { collectionSlugs } from '../../collections/slugs'

type Args = {
  channel: BookingChannel
  deliver: () => Promise<void>
  payload: Payload
  requestId: number | string
}

const recordFor = async ({ channel, payload, requestId }: Omit<Args, 'deliver'>) => {
  const key = `${requestId}:${channel}`
  const found = await payload.find({
    collection: collectionSlugs.bookingNotifications,
    depth: 0,
    limit: 1,
    where: { key: { equals: key } },
  })
  if (found.docs[0]) return found.docs[0]
  return payload.create({
    collection: collectionSlugs.bookingNotifications,
    data: { attempts: 0, channel, key, request: requestId as number },
    depth: 0,
  })
}

/**
 * Runs `deliver` unless this channel already delivered for this request, and records the outcome
 * (attempts, last error, delivery time). Outside the job's transaction on purpose: a delivery that
 * happened is never rolled back into "not delivered". Errors are rethrown so the queue retries.
 */
export const deliverOnce = async ({
  channel,
  deliver,
  payload,
  requestId,
}: Args): Promise<'delivered' | 'skipped'> => {
  const record = await recordFor({ channel, payload, requestId })
  if (record.deliveredAt) return 'skipped'
  const attempts = (record.attempts ?? 0) + 1
  try {
    await deliver()
  } catch (err) {
    const lastError = (err instanceof Error ? err.message : String(err)).slice(0, 500)
    await payload.update({
      collection: collectionSlugs.bookingNotifications,
      data: { attempts, lastError },
      id: record.id,
    })
    throw err
  }
  await payload.update({
    collection: collectionSlugs.bookingNotifications,
    data: { attempts, deliveredAt: new Date().toISOString(), lastError: null },
    id: record.id,
  })
  return 'delivered'
}
