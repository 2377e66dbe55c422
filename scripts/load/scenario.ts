import { recipientsOf, type SmtpSink } from '../../test/helpers/smtpSink'
import { createStaffUser, eventNamePrefix, postBookings } from './bookings'
import { createLoadDatabase } from './database'
import { pendingStaffJobs, storedBookings, stuckConnections } from './queries'
import { startCluster, unansweredHealthz } from './servers'
import { percentile, tally } from './stats'
import { waitForStaffMails } from './waitForMails'

export type Figures = {
  /** Staff mails beyond one per booking. */
  duplicates: number
  /** How many of the POSTs the booking limit lets through: all, or the per-IP limit. */
  expected: number
  instances: number
  /** Seconds from the first POST until the last staff mail arrived. */
  mailedAfterS: number
  /** Distinct bookings with at least one staff mail. */
  mailedBookings: number
  ok201: number
  /** POSTs answered 429 (over the per-IP booking limit). */
  ok429: number
  p50: number
  p95: number
  requests: number
  scenario: string
  staffMails: number
  stored: number
  /** Database connections the servers left inside a transaction (see stuckConnections). */
  stuck: number
  /** Servers whose /healthz did not answer 200 within 5 s after the run. */
  unhealthy: number
}

type Args = {
  instances: number
  /** The per-IP booking limit the servers keep (undefined: raised out of the way). */
  bookingLimit?: number
  /** Registers a cleanup to run if the script is interrupted; returns its removal. */
  onCleanup: (cleanup: () => Promise<void>) => () => void
  requests: number
  scenario: string
  sink: SmtpSink
  timeoutMs: number
}

const STAFF_EMAIL = 'staff@load.test'

/**
 * One run: a fresh database, `instances` production servers on it, a staff member, `requests`
 * booking POSTs at once; then waits for the jobs queue to mail staff and counts what arrived.
 */
export const runScenario = async ({
  bookingLimit,
  instances,
  onCleanup,
  requests,
  scenario,
  sink,
  timeoutMs,
}: Args): Promise<Figures> => {
  const run = `${scenario.replace(/\W+/g, '-')}-${Date.now().toString(36)}`
  const subjectPrefix = `New speaker request: ${eventNamePrefix(run)}`
  const staffMails = () =>
    sink.messages.filter(
      (mail) => mail.subject?.startsWith(subjectPrefix) && recipientsOf(mail).includes(STAFF_EMAIL),
    )
  const database = await createLoadDatabase()
  const forgetDatabase = onCleanup(database.drop)
  try {
    const cluster = await startCluster({
      count: instances,
      databaseUri: database.uri,
      isBookingLimitRaised: bookingLimit === undefined,
      smtpPort: sink.port,
    })
    const forgetCluster = onCleanup(cluster.stop)
    try {
      await createStaffUser(cluster.baseUrls[0], STAFF_EMAIL)
      const startedAt = performance.now()
      const results = await postBookings({ baseUrls: cluster.baseUrls, count: requests, run })
      const ok201 = results.filter(({ status }) => status === 201).length
      const ok429 = results.filter(({ status }) => status === 429).length
      console.log(
        `  ${((performance.now() - startedAt) / 1000).toFixed(1)} s: ${ok201} of ${requests} answered 201, ${ok429} 429; waiting for the staff mails`,
      )
      const mailedAfterS = await waitForStaffMails({
        expected: ok201,
        pendingJobs: () => pendingStaffJobs(database),
        staffMails,
        startedAt,
        timeoutMs,
      })
      const perBooking = tally(staffMails().map((mail) => mail.subject ?? ''))
      const latencies = results.map(({ ms }) => ms)
      return {
        duplicates: [...perBooking.values()].reduce((sum, n) => sum + n - 1, 0),
        expected: Math.min(requests, bookingLimit ?? requests),
        instances,
        mailedAfterS,
        mailedBookings: perBooking.size,
        ok201,
        ok429,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        requests,
        scenario,
        staffMails: staffMails().length,
        stored: await storedBookings(database, eventNamePrefix(run)),
        stuck: await stuckConnections(database),
        unhealthy: await unansweredHealthz(cluster.baseUrls),
      }
    } finally {
      forgetCluster()
      await cluster.stop()
    }
  } finally {
    forgetDatabase()
    await database.drop()
  }
}
