import type { LoadDatabase } from './database'

const count = async (database: LoadDatabase, sql: string): Promise<number> =>
  Number((await database.query<{ n: string }>(sql))[0].n)

/** Staff-notification jobs not finished yet (neither completed nor given up). */
export const pendingStaffJobs = (database: LoadDatabase): Promise<number> =>
  count(
    database,
    `SELECT count(*) AS n FROM payload_jobs WHERE task_slug = 'notifyStaffOfBookingRequest'
     AND completed_at IS NULL AND has_error IS NOT TRUE`,
  )

/** Booking requests stored whose event name starts with `prefix`. */
export const storedBookings = (database: LoadDatabase, prefix: string): Promise<number> =>
  count(
    database,
    `SELECT count(*) AS n FROM booking_requests WHERE event_name LIKE '${prefix.replace(/'/g, "''")}%'`,
  )

/**
 * The servers' connections left inside a transaction for over 10 s: a connection the pool will never
 * get back (each one taken from the pool of 10 brings an instance closer to hanging).
 */
export const stuckConnections = (database: LoadDatabase): Promise<number> =>
  count(
    database,
    `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()
     AND state LIKE 'idle in transaction%' AND now() - state_change > interval '10 seconds'`,
  )
