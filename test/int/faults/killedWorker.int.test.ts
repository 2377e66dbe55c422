import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { spawnServer, type SpawnedServer } from '../../helpers/spawnServer'

const BOOKINGS = 4

/**
 * An SMTP server that takes `ackDelayMs` to accept each message, and (like a real MTA) keeps only
 * messages whose sender was still connected to hear the 250.
 */
const startSlowSmtp = async () => {
  const accepted: ParsedMail[] = []
  const closed = new Set<string>()
  let started = 0
  const state = { ackDelayMs: 3_000 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose: (session) => closed.add(session.id),
    onData(stream, session, callback) {
      started += 1
      simpleParser(stream).then((mail) => {
        setTimeout(() => {
          if (!closed.has(session.id)) accepted.push(mail)
          callback()
        }, state.ackDelayMs)
      }, callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    port: (server.server.address() as AddressInfo).port,
    started: () => started,
    state,
  }
}

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
  let smtp: Awaited<ReturnType<typeof startSlowSmtp>>
  const workers: SpawnedServer[] = []

  beforeAll(async () => {
    smtp = await startSlowSmtp()
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
      data: { email: 'founder@k.test', password: 'k-pass-12345' },
    })
    await payload.create({
      collection: 'users',
      data: { email: 'staff@k.test', password: 'k-pass-12345', roles: ['staff'] },
    })
    for (let i = 0; i < BOOKINGS; i++) {
      await payload.create({
        collection: 'booking-requests',
        data: {
          contactName: `Organiser ${i}`,
          email: `organiser${i}@k.test`,
          eventDate: '2031-01-01',
          eventLocation: 'Seoul',
          eventName: `Killed worker ${i}`,
        },
      })
    }

    const first = await startWorker({})
    await waitFor('the first worker to start sending', () => smtp.started() > 0, 60_000)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    first.process.kill('SIGKILL')
    expect(await first.exited).toBeNull() // killed by the signal, no exit code
    expect(smtp.accepted).toHaveLength(0) // the kill landed before any message was accepted
    const stuck = await payload.count({
      collection: 'payload-jobs',
      where: { processing: { equals: true } },
    })
    expect(stuck.totalDocs).toBeGreaterThan(0) // what a crash leaves behind

    smtp.state.ackDelayMs = 0
    await startWorker({ JOBS_STALE_AFTER_SECONDS: '2' })
    await waitFor(
      'every notification to be accepted',
      () => smtp.accepted.length >= 2 * BOOKINGS,
      60_000,
    )
    await new Promise((resolve) => setTimeout(resolve, 3_000)) // time for any duplicate to show up

    const subjects = smtp.accepted.map(
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
