import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { type SmtpSink, startSmtpSink } from '../../helpers/smtpSink'
import { spawnServer, type SpawnedServer } from '../../helpers/spawnServer'

const BOOKINGS = 4

const waitFor = async (
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe('fault: the jobs worker is killed (SIGKILL) while notifications are being sent', () => {
  let ctx: TestContext
  let smtp: SmtpSink
  const workers: SpawnedServer[] = []

  beforeAll(async () => {
    // Slow to accept, so the kill lands while a message is being sent; a message whose sender died
    // before the 250 is not kept (as a real MTA would not deliver it).
    smtp = await startSmtpSink({ ackDelayMs: 3_000 })
    ctx = await bootPayload({ sqliteFile: true })
  })

  afterAll(async () => {
    for (const worker of workers) await worker.stop('SIGKILL')
    await ctx.close()
    await smtp.close()
  })

  const startWorker = async (env: Record<string, string>) => {
    const worker = await spawnServer(
      {
        DATABASE_URI: ctx.database.uri,
        DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sb-killed-')),
        JOBS_CRON: '* * * * * *',
        NODE_ENV: 'development',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        ...env,
      },
      'src/worker.ts',
    )
    workers.push(worker)
    return worker
  }

  it('should deliver every queued notification after a restart, none twice', async () => {
    const { payload } = ctx
    await payload.create({
      collection: 'users',
      data: { email: 'founder@k.test', name: 'Fay Founder', password: 'k-pass-12345' },
    })
    await payload.create({
      collection: 'users',
      data: {
        email: 'staff@k.test',
        name: 'Sam Staff',
        password: 'k-pass-12345',
        roles: ['staff'],
      },
    })
    for (let i = 0; i < BOOKINGS; i++) {
      await payload.create({
        collection: 'booking-requests',
        data: {
          consent: true,
          contactName: `Organiser ${i}`,
          email: `organiser${i}@k.test`,
          eventDate: '2031-01-01',
          eventLocation: 'Seoul',
          eventName: `Killed worker ${i}`,
        },
      })
    }

    const first = await startWorker({})
    await waitFor('the first worker to start sending', () => smtp.received() > 0, 60_000)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    first.process.kill('SIGKILL')
    expect(await first.exited).toBeNull() // killed by the signal, no exit code
    expect(smtp.messages).toHaveLength(0) // the kill landed before any message was accepted
    const stuck = await payload.count({
      collection: 'payload-jobs',
      where: { processing: { equals: true } },
    })
    expect(stuck.totalDocs).toBeGreaterThan(0) // what a crash leaves behind

    smtp.ackDelayMs = 0
    await startWorker({ JOBS_STALE_AFTER_SECONDS: '2' })
    await waitFor(
      'every notification to be accepted',
      () => smtp.messages.length >= 2 * BOOKINGS,
      60_000,
    )
    await new Promise((resolve) => setTimeout(resolve, 3_000)) // time for any duplicate to show up

    const subjects = smtp.messages.map(
      (mail) => `${mail.to && 'text' in mail.to ? mail.to.text : ''} | ${mail.subject}`,
    )
    expect(new Set(subjects).size).toBe(subjects.length)
    for (let i = 0; i < BOOKINGS; i++) {
      expect(subjects.filter((s) => s.includes(`Killed worker ${i}`))).toHaveLength(1) // staff mail
      expect(subjects.filter((s) => s.startsWith(`organiser${i}@k.test`))).toHaveLength(1) // acknowledgement
    }
    const delivered = await payload.count({
      collection: 'booking-notifications',
      where: { deliveredAt: { exists: true } },
    })
    expect(delivered.totalDocs).toBe(2 * BOOKINGS)
  }, 150_000)
})
