import type { BenchConfig } from './config'
import type { Lifecycle } from './lifecycle'
import { createStaffUser } from '../load/bookings'
import { type BookingFigures, type BookingMode, pendingJobsIn, runBookingRounds } from './booking'
import { type SmtpSink, startSmtpSink } from '../../test/helpers/smtpSink'

export type BookingResult = { instant: BookingFigures; rate: number; slow: BookingFigures }
export type BookingPhase = { judged: BookingResult; stress: BookingResult }

/**
 * P2: two production servers, each on its own empty database with a staff member, each running the
 * jobs queue every second and mailing through its own SMTP server: one answers at once, the other
 * after 2 s per message. Returns the POSTs' figures of each, at each load of `config.bookingLoads`.
 */
export const runBookingPhase = async (
  { onCleanUp, start, stop }: Lifecycle,
  config: BenchConfig,
  databaseUris: { fast: string; slow: string },
): Promise<BookingPhase> => {
  console.log(
    `bookings: SMTP instant vs 2 s per message, jobs queue every second; ` +
      config.bookingLoads
        .map(({ posts, rate, rounds }) => `${rounds} rounds of ${posts} POSTs at ${rate}/s`)
        .join(', then '),
  )
  const [fastSmtp, slowSmtp] = await Promise.all([
    startSmtpSink({ keep: false }),
    startSmtpSink({ ackDelayMs: 2000, keep: false }),
  ])
  onCleanUp(fastSmtp.close)
  onCleanUp(slowSmtp.close)
  const server = (databaseUri: string, smtp: SmtpSink, label: string) =>
    start({
      databaseUri,
      env: {
        JOBS_AUTORUN: 'true',
        JOBS_CRON: '* * * * * *',
        MAIL_FROM: 'desk@bench.test',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
      },
      label,
    })
  const [fastServer, slowServer] = await Promise.all([
    server(databaseUris.fast, fastSmtp, 'instant'),
    server(databaseUris.slow, slowSmtp, 'slow'),
  ])
  try {
    await Promise.all(
      [fastServer, slowServer].map(({ baseUrl }) => createStaffUser(baseUrl, 'staff@bench.test')),
    )
    const modes: BookingMode[] = [
      {
        label: 'instant',
        pendingJobs: pendingJobsIn(databaseUris.fast),
        server: fastServer,
      },
      {
        label: 'slow',
        pendingJobs: pendingJobsIn(databaseUris.slow),
        server: slowServer,
      },
    ]
    const loads = []
    for (const load of config.bookingLoads) {
      const figures = await runBookingRounds(modes, load)
      loads.push({ instant: figures.get('instant')!, rate: load.rate, slow: figures.get('slow')! })
    }
    console.log(
      `  mails delivered: instant SMTP ${fastSmtp.accepted()}, 2 s SMTP ${slowSmtp.accepted()}`,
    )
    return { judged: loads[0], stress: loads[1] }
  } finally {
    await stop(fastServer, slowServer)
  }
}
