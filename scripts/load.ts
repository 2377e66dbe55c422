/**
 * `npm run load`: 200 booking POSTs at once against the production server, then counts what the jobs
 * queue mailed to staff. Once with one server, once with two servers on one PostgreSQL database
 * (requests alternating between them, both running the jobs queue), with the per-IP booking limit
 * raised out of the way (every POST comes from this machine); then with two servers keeping the
 * default limit, which they count together in the database. Prints figures, not a test; exits
 * non-zero unless every run accepted and stored exactly the requests the limit lets through (all
 * 200, or the limit's 5 across both servers, the rest 429), mailed staff exactly once per stored
 * request, and left no database connection stuck in a transaction and no server unable to answer
 * /healthz.
 * Needs PostgreSQL at TEST_DATABASE_URI (default postgres://postgres@127.0.0.1:5432/postgres) and a
 * production build (made first if missing). LOAD_REQUESTS (200) and LOAD_TIMEOUT_S (90, for the
 * mails) adjust it; LOAD_LOG_LEVEL and LOAD_SERVER_LOG_DIR keep the servers' logs.
 */
import os from 'node:os'

import { defaults } from '../src/defaults'
import { startSmtpSink } from '../test/helpers/smtpSink'
import { printTable } from './load/printTable'
import { type Figures, runScenario } from './load/scenario'
import { ensureBuild } from './load/servers'

const REQUESTS = Number(process.env.LOAD_REQUESTS || 200)
const TIMEOUT_MS = Number(process.env.LOAD_TIMEOUT_S || 90) * 1000

const isExact = (f: Figures): boolean =>
  f.ok201 === f.expected &&
  f.ok429 === f.requests - f.expected &&
  f.stored === f.expected &&
  f.staffMails === f.expected &&
  f.mailedBookings === f.expected &&
  f.duplicates === 0 &&
  f.stuck === 0 &&
  f.unhealthy === 0

const main = async (): Promise<void> => {
  const started = performance.now()
  ensureBuild()
  const cleanups = new Set<() => Promise<void>>()
  const onCleanup = (cleanup: () => Promise<void>) => {
    cleanups.add(cleanup)
    return () => void cleanups.delete(cleanup)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      void Promise.allSettled([...cleanups].map((cleanup) => cleanup())).then(() =>
        process.exit(130),
      )
    })
  const sink = await startSmtpSink()
  const figures: Figures[] = []
  try {
    for (const [scenario, instances, bookingLimit] of [
      ['one instance', 1, undefined],
      ['two instances', 2, undefined],
      [`two instances, limit ${defaults.bookings.rateLimit}`, 2, defaults.bookings.rateLimit],
    ] as const) {
      console.log(`${scenario}: ${REQUESTS} booking POSTs at once…`)
      figures.push(
        await runScenario({
          bookingLimit,
          instances,
          onCleanup,
          requests: REQUESTS,
          scenario,
          sink,
          timeoutMs: TIMEOUT_MS,
        }),
      )
    }
  } finally {
    await sink.close()
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  console.log(
    `\nnpm run load: ${REQUESTS} booking POSTs per run, PostgreSQL, ${os.cpus().length} cores, ${seconds} s in all\n`,
  )
  printTable(figures.map((f) => ({ ...f, isExact: isExact(f) })))
  const failed = figures.filter((f) => !isExact(f))
  if (failed.length > 0) {
    console.error(
      `\nNOT EXACT: ${failed.map((f) => f.scenario).join(', ')} (want as many accepted, stored and mailed to staff as the limit lets through, the rest 429, 0 duplicates, 0 stuck connections, every /healthz answering)`,
    )
    process.exit(1)
  }
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
  process.exit(1)
})
