/**
 * Booking POST latency with an SMTP server that answers at once vs one that takes 2 s per message:
 * mail goes through the jobs queue, so the two must not differ. Prints p50/p95 and their ratio.
 * Run: npx tsx --conditions=production scripts/measure-booking-post.ts
 */
import { SMTPServer } from 'smtp-server'
import type { AddressInfo } from 'node:net'

import { pickEmailAdapter } from '../src/email/pickEmailAdapter'
import { createApiClient } from '../test/helpers/apiClient'
import { bootPayload } from '../test/helpers/bootPayload'
import { drainQueue } from '../test/helpers/drainQueue'

const N = Number(process.env.N || 40)

const smtp = async (delayMs: number) => {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _s, cb) {
      stream.resume()
      stream.on('end', () => setTimeout(cb, delayMs))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    close: () => new Promise<void>((r) => server.close(() => r())),
    port: (server.server.address() as AddressInfo).port,
  }
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1]

const measure = async (delayMs: number) => {
  const server = await smtp(delayMs)
  const ctx = await bootPayload({
    email: pickEmailAdapter({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(server.port) }),
  })
  await ctx.payload.create({
    collection: 'users',
    data: { email: 'staff@m.test', password: 'x-12345678', roles: ['staff'] },
  })
  const api = createApiClient(ctx.config)
  const times: number[] = []
  for (let i = 0; i < N; i++) {
    const started = performance.now()
    const response = await api.post('/booking-requests', {
      body: {
        contactName: 'M',
        email: 'm@e.test',
        eventDate: '2031-01-01',
        eventLocation: 'Paris',
        eventName: `E${i}`,
      },
    })
    times.push(performance.now() - started)
    if (response.status !== 201) throw new Error(`status ${response.status}`)
    if (i % 10 === 0) await drainQueue(ctx.payload)
  }
  await ctx.close()
  await server.close()
  return { p50: percentile(times, 50), p95: percentile(times, 95) }
}

/** One Payload per process (Payload caches its instance per process), so each mode runs in a child. */
const main = async () => {
  if (process.env.SMTP_DELAY_MS !== undefined) {
    console.log(JSON.stringify(await measure(Number(process.env.SMTP_DELAY_MS))))
    process.exit(0)
  }
  const { execFileSync } = await import('node:child_process')
  const run = (delay: number) => {
    const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]], {
      env: { ...process.env, LOG_LEVEL: 'silent', SMTP_DELAY_MS: String(delay) },
    }).toString()
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { p50: number; p95: number }
  }
  const fast = run(0)
  const slow = run(2000)
  console.log(
    `booking POST (${N} each): instant SMTP p50 ${fast.p50.toFixed(1)} ms p95 ${fast.p95.toFixed(1)} ms; ` +
      `2 s SMTP p50 ${slow.p50.toFixed(1)} ms p95 ${slow.p95.toFixed(1)} ms; p95 ratio ${(slow.p95 / fast.p95).toFixed(2)}`,
  )
  process.exit(0)
}

void main()
