/**
 * P6's floor (npm run bench): Payload's Local API in this process, on the database of DATABASE_URI,
 * anonymous (`overrideAccess: false`, no user), running the same queries as the two public reads
 * the servers answer. Reads one JSON command per line on stdin ({ read, seconds, concurrency, slugs,
 * topics, seed }), answers one line of figures per command (`floor:` and JSON); `floor:ready` once Payload is up.
 */
import readline from 'node:readline'
import { getPayload, type Payload } from 'payload'

import { seededRandom } from './reads'
import { roadQueries } from './roadQueries'

export type FloorCommand = {
  concurrency: number
  read: 'slug lookup' | 'topic list'
  seconds: number
  seed: number
  slugs: string[]
  topics: (number | string)[]
}

export type FloorFigures = { failed: number; latencies: number[]; ok: number; seconds: number }

/** The queries of GET /api/speakers/by-slug/<slug>?depth=1 and a topic's list of 20 speakers. */
const readerFor = (payload: Payload, command: FloorCommand, random: () => number) => {
  const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)]
  const { slugLookup, topicList } = roadQueries(payload)
  return command.read === 'slug lookup'
    ? () => slugLookup(pick(command.slugs))
    : () => topicList(pick(command.topics))
}

const run = async (payload: Payload, command: FloorCommand): Promise<FloorFigures> => {
  const read = readerFor(payload, command, seededRandom(command.seed))
  const latencies: number[] = []
  let failed = 0
  const started = performance.now()
  const until = started + command.seconds * 1000
  const loop = async () => {
    while (performance.now() < until) {
      const at = performance.now()
      try {
        await read()
        latencies.push(performance.now() - at)
      } catch {
        failed++
      }
    }
  }
  await Promise.all(Array.from({ length: command.concurrency }, loop))
  return {
    failed,
    latencies,
    ok: latencies.length,
    seconds: (performance.now() - started) / 1000,
  }
}

const main = async (): Promise<void> => {
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  process.stdout.write('floor:ready\n')
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (!line.trim()) continue
    const figures = await run(payload, JSON.parse(line) as FloorCommand)
    process.stdout.write(`floor:${JSON.stringify(figures)}\n`)
  }
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err))
  process.exit(1)
})
