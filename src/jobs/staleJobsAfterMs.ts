/** JOBS_STALE_AFTER_SECONDS (default 300): how long a job may stay `processing` before it is handed back. */
export const staleJobsAfterMs = (env: Record<string, string | undefined>): number => {
  const seconds = Number(env.JOBS_STALE_AFTER_SECONDS || 300)
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(
      `JOBS_STALE_AFTER_SECONDS must be a positive number (got "${env.JOBS_STALE_AFTER_SECONDS}")`,
    )
  }
  return seconds * 1000
}
