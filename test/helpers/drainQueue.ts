import type { Payload } from 'payload'

/**
 * Runs the jobs queue until nothing due is left (retries included), like the server's cron does.
 * Jobs waiting for a later time (an SLA reminder) stay queued: see `makeDue`.
 */
export const drainQueue = async (payload: Payload): Promise<void> => {
  for (let i = 0; i < 30; i++) {
    await payload.jobs.run({ limit: 100 })
    const due = await payload.count({
      collection: 'payload-jobs',
      where: {
        and: [
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
          {
            or: [
              { waitUntil: { exists: false } },
              { waitUntil: { less_than: new Date(Date.now() + 5_000).toISOString() } },
            ],
          },
        ],
      },
    })
    if (due.totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Moves time forward for the queue: the matching waiting jobs become due now. */
export const makeDue = async (payload: Payload, taskSlug: string): Promise<number> => {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
    where: { and: [{ taskSlug: { equals: taskSlug } }, { completedAt: { exists: false } }] },
  })
  return docs.length
}
