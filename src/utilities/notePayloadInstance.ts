import type { Payload } from 'payload'

const COUNT = Symbol.for('speakersBureau.payloadInstances')

type Counted = typeof globalThis & { [COUNT]?: number }

/**
 * Counts the Payload instances this process has initialised and says so in the log: one is right
 * (the Express API, the admin's Next.js bundle and the jobs runner share it: one database pool, one
 * queue cron). A second means some code path built its own (its own pool, its own cron): warned.
 */
export const notePayloadInstance = (payload: Payload): number => {
  const counted = globalThis as Counted
  const count = (counted[COUNT] ?? 0) + 1
  counted[COUNT] = count
  if (count === 1) payload.logger?.info(`Payload instance 1 in process ${process.pid}`)
  else
    payload.logger?.warn(
      `Payload instance ${count} in process ${process.pid}: another instance is already running ` +
        'here (its own database pool and jobs cron)',
    )
  return count
}
