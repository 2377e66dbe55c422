import type { Payload, Where } from 'payload'

type UpdateJobs = Payload['db']['updateJobs']
type UpdateJobsArgs = Parameters<UpdateJobs>[0]

const isClaim = ({ data, id, where }: UpdateJobsArgs): boolean =>
  !id &&
  Boolean(where) &&
  data?.processing === true &&
  Object.keys(data).every((key) => key === 'processing' || key === 'updatedAt')

/**
 * Payload 3.90's job runner claims due jobs with `db.updateJobs({ data: { processing: true }, where,
 * limit })`, which reads the matching jobs and then marks each one processing, with no condition in
 * between: two app instances polling one database both claim, and run, the same job
 * (payloadcms/payload#16043; upstream's fix, #17441, adds a processing token). Both runners then
 * write the job's log, one write fails, and Payload leaves that connection in an aborted transaction:
 * ten such collisions take every connection of the pool and the instance stops answering.
 *
 * This makes the claim conditional: each candidate is marked with `UPDATE … WHERE id = ? AND
 * <the runner's condition> AND processing = false RETURNING` (`findOneAndUpdate` on MongoDB), and a
 * runner gets only the jobs its own update changed. Installed from the plugin's onInit, before the queue's cron starts; every other
 * use of updateJobs (progress, results, running one job by id) goes to Payload's as before.
 *
 * Workaround for Payload 3.90 (payloadcms/payload#16043). Replaced upstream by #17441 ("support
 * multiple workers on the same queue": a per-claim `processingToken`, Drizzle's conditional
 * `UPDATE … RETURNING`), a breaking change merged 2026-07-22: remove this patch on the upgrade that
 * brings it, with the two-instance tests in worker/jobClaims kept as its check.
 */
export const claimJobsAtomically = (payload: Payload): void => {
  const { db } = payload
  const updateJobs: UpdateJobs = db.updateJobs.bind(db)
  db.updateJobs = async (args) => {
    if (!isClaim(args)) return updateJobs(args)
    const { data, limit, req, returning, sort, where } = args
    const { docs: candidates } = await db.find({
      collection: 'payload-jobs',
      limit,
      pagination: false,
      req,
      sort,
      where,
    })
    const claimed = []
    for (const candidate of candidates) {
      // The runner's whole condition again, not only `processing = false`: another runner may have
      // claimed, run and completed the job since it was read, leaving it not processing once more.
      const onlyIfStillDue: Where = {
        and: [{ id: { equals: candidate.id } }, where!, { processing: { equals: false } }],
      }
      const job: unknown = await db.updateOne({
        collection: 'payload-jobs',
        data: { ...data },
        req,
        where: onlyIfStillDue,
      })
      if (job) claimed.push(job)
    }
    return returning === false ? null : (claimed as Awaited<ReturnType<UpdateJobs>>)
  }
}
