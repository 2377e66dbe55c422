import type { BookingLoad } from './config'
import type { BenchServer } from './servers'
import { percentile } from '../load/stats'
import { type AutocannonRun, runLoad } from './autocannonRun'
import { withClient } from './databases'

export type BookingMode = {
  label: string
  /** Jobs due now that no runner has finished yet (notifications still to send). */
  pendingJobs: () => Promise<number>
  server: BenchServer
}

export type BookingFigures = { failed: number; latencies: number[]; ok: number }

const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

let sequence = 0

/** `amount` booking POSTs at `rate` per second (4 connections), each for a new event. */
const bookings = (baseUrl: string, amount: number, rate: number): Promise<AutocannonRun> =>
  runLoad({
    amount,
    baseUrl,
    connections: 4,
    headers: { 'content-type': 'application/json' },
    next: () => ({
      body: JSON.stringify({
        consent: true,
        contactName: 'Bench Organiser',
        email: `organiser${++sequence}@bench.test`,
        eventDate: inDays(90),
        eventLocation: 'Shanghai, China',
        eventName: `Bench event #${sequence}`,
        message: 'A keynote on Chinese social media, please.',
      }),
      method: 'POST',
      path: '/api/booking-requests',
    }),
    rate,
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits (at most 3 minutes) until no server has notifications left to send from earlier rounds. */
const waitUntilIdle = async (modes: BookingMode[]): Promise<void> => {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    const pending = await Promise.all(modes.map((mode) => mode.pendingJobs()))
    if (pending.every((n) => n === 0)) return
    await sleep(500)
  }
  throw new Error('the jobs queue did not catch up within 3 minutes')
}

/**
 * P2: booking POSTs at a steady rate to one server whose SMTP answers at once and one whose SMTP
 * takes 2 s per message, in alternating rounds; both run the jobs queue every second, which does the
 * mailing. Each round starts when both queues are idle, so a server's POSTs share the machine with
 * its own mailing only, not with the other's backlog. Returns every POST's latency per mode.
 */
export const runBookingRounds = async (
  modes: BookingMode[],
  { posts, rate, rounds }: BookingLoad,
): Promise<Map<string, BookingFigures>> => {
  const figures = new Map(
    modes.map((mode): [string, BookingFigures] => [
      mode.label,
      { failed: 0, latencies: [], ok: 0 },
    ]),
  )
  for (const mode of modes) await bookings(mode.server.baseUrl, 2 * rate, rate) // warm-up
  for (let round = 0; round < rounds; round++) {
    for (const mode of round % 2 === 0 ? modes : [...modes].reverse()) {
      await waitUntilIdle(modes)
      const run = await bookings(mode.server.baseUrl, posts, rate)
      const f = figures.get(mode.label)!
      f.latencies.push(...run.latencies)
      f.failed += run.failed
      f.ok += run.ok
      console.log(
        `  ${rate}/s round ${round + 1} ${mode.label} SMTP: ${run.ok} × 201, ${run.failed} failed, ` +
          `p50 ${percentile(run.latencies, 50).toFixed(0)} ms, ` +
          `p95 ${percentile(run.latencies, 95).toFixed(0)} ms`,
      )
    }
  }
  await waitUntilIdle(modes)
  return figures
}

/** Notifications due now that the queue has not finished (completed jobs are deleted). */
export const pendingJobsIn = (databaseUri: string) => async (): Promise<number> =>
  withClient(databaseUri, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM payload_jobs WHERE completed_at IS NULL
       AND has_error IS NOT TRUE AND (wait_until IS NULL OR wait_until <= now())`,
    )
    return Number(rows[0].n)
  })
