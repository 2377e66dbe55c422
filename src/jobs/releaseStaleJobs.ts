import type { Payload } from 'payload'

/**
 * Hands jobs back to the queue that a runner marked `processing` and never finished: the process
 * died (SIGKILL, out of memory, a lost machine) mid-run. Payload only picks jobs that are not
 * processing, so without this they would wait forever. "Stale" means untouched for longer than any
 * job of ours can take; a job that did get as far as sending is not sent twice, because every
 * delivery is recorded (see deliverOnce).
 *
 * Workaround for Payload 3.90, where a crashed runner leaves `processing: true` forever. Replaced
 * upstream by payloadcms/payload#17220 (a renewable `processingUntil` lease with a heartbeat, built
 * on #17441): remove this and `jobs.staleAfterSeconds`' use here on the upgrade that brings it; the
 * killedWorker fault test is its check.
 */
export const releaseStaleJobs = async (payload: Payload, staleAfterMs: number): Promise<number> => {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    data: { processing: false },
    depth: 0,
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(Date.now() - staleAfterMs).toISOString() } },
      ],
    },
  })
  if (docs.length > 0) {
    payload.logger.warn(`Released ${docs.length} job(s) left processing by a runner that stopped`)
  }
  return docs.length
}

/** Runs releaseStaleJobs now and then every `staleAfterMs` (at most every minute); returns a stop. */
export const watchForStaleJobs = (payload: Payload, staleAfterMs: number): (() => void) => {
  const sweep = () =>
    void releaseStaleJobs(payload, staleAfterMs).catch((err: unknown) =>
      payload.logger.warn({ err, msg: 'Releasing stale jobs failed' }),
    )
  sweep()
  const timer = setInterval(sweep, Math.min(staleAfterMs, 60_000))
  timer.unref()
  return () => clearInterval(timer)
}
