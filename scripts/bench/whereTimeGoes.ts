/**
 * Where a public read's time goes (issue 21's closing question), in one process on the app's seed
 * data (a fresh SQLite database, or DATABASE_URI's, migrated and seeded), CPU time per request,
 * stage by stage:
 *   1. Local API: `payload.find` (the floor of P6);
 *   2. Payload's REST handler (`REST_GET`) called with a WHATWG Request, no HTTP;
 *   3. the same with our wrappers (body caps, HTTP caching: what both roads mount);
 *   4. the whole Express app over a socket (Node's HTTP, Express, helmet, logs, the adapter), load
 *      from an autocannon child at 1 connection, this process's CPU divided by requests;
 * each the median of REPEATS interleaved rounds after a warm-up; then a CPU profile of stage 4,
 * its samples by what they were spent on.
 * PROFILE_DIR=<dir> keeps the profiles (`.cpuprofile`, for Chrome's DevTools).
 * Run: `npm run bench:where` (a fresh SQLite database), or with DATABASE_URI=postgres://… (seeded
 * with `NODE_ENV=production npm run seed`).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { once } from 'node:events'
import { type Profiler, Session } from 'node:inspector'
import { REST_GET } from '@payloadcms/next/routes'
import { getPayload, type Payload } from 'payload'

import { restRoutes } from '../../src/http/apiRoutes'
import { createApp } from '../../src/server/createApp'
import { cpuShares } from './cpuShares'
import { roadQueries } from './roadQueries'
import { seedAppData } from './seedAppData'
import { BENCH_SECRET } from './servers'

const ROUNDS = Number(process.env.ROUNDS ?? 300)
const REPEATS = Number(process.env.REPEATS ?? 7)

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]

type Read = { find: () => Promise<unknown>; name: string; path: string }

/** The two reads of P6 on a published speaker (as a visitor sees it): by slug (depth 1), and 20 of its topic. */
const readsOf = async (payload: Payload): Promise<Read[]> => {
  const { docs } = await payload.find({
    collection: 'speakers',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    where: { topics: { exists: true } },
  })
  const [speaker] = docs as { slug: string; topics: (number | string)[] }[]
  const [topic] = speaker.topics
  const { slugLookup, topicList } = roadQueries(payload)
  return [
    {
      find: () => slugLookup(speaker.slug),
      name: 'slug lookup',
      path: `/api/speakers/by-slug/${encodeURIComponent(speaker.slug)}?depth=1`,
    },
    {
      find: () => topicList(topic),
      name: 'topic list',
      path: `/api/speakers?where[topics][in]=${topic}&limit=20&select[name]=true&select[slug]=true`,
    },
  ]
}

/** CPU microseconds of this process per call of `step`. */
const cpuPerCall = async (step: () => Promise<unknown>): Promise<number> => {
  const before = process.cpuUsage()
  for (let i = 0; i < ROUNDS; i++) await step()
  const { system, user } = process.cpuUsage(before)
  return (system + user) / ROUNDS
}

/** `amount` requests to `url` from an autocannon child process, one connection. */
const load = async (url: string, amount: number): Promise<void> => {
  const args = ['node_modules/autocannon/autocannon.js', '-c', '1', '-a', String(amount), url]
  await once(spawn(process.execPath, args, { stdio: 'ignore' }), 'exit')
}

/**
 * This process's CPU from the first request's arrival to the last answer's end, so the load
 * generator's start and exit (a child process spawned from a large heap costs this process
 * milliseconds) are not counted as serving.
 */
const servingWindow = () => {
  let first: NodeJS.CpuUsage | undefined
  let last: NodeJS.CpuUsage | undefined
  let answered = 0
  return {
    /** CPU microseconds per request answered since the last call. */
    perRequest: (): number => {
      const used = first && last ? last.user - first.user + (last.system - first.system) : 0
      const per = answered > 0 ? used / answered : Number.NaN
      first = last = undefined
      answered = 0
      return per
    },
    track: (res: http.ServerResponse): void => {
      first ??= process.cpuUsage()
      res.once('finish', () => {
        answered++
        last = process.cpuUsage()
      })
    },
  }
}
const serving = servingWindow()

/** CPU microseconds of this process per request of `url` served over HTTP. */
const cpuPerHttpRequest = async (url: string): Promise<number> => {
  serving.perRequest()
  await load(url, ROUNDS)
  return serving.perRequest()
}

/** A CPU profile of this process while `work` runs. */
const profiled = async (work: () => Promise<void>): Promise<Profiler.Profile> => {
  const session = new Session()
  session.connect()
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, (err: Error | null, result: unknown) =>
        err ? reject(err) : resolve(result),
      ),
    )
  await post('Profiler.enable')
  await post('Profiler.start')
  await work()
  const { profile } = (await post('Profiler.stop')) as { profile: Profiler.Profile }
  session.disconnect()
  return profile
}

const main = async (): Promise<void> => {
  // Request logs and the jobs runner would be part of what is measured.
  process.env.LOG_LEVEL ??= 'warn'
  process.env.JOBS_AUTORUN ??= 'false'
  // A production config needs both; nothing here signs in or sends a link.
  process.env.PAYLOAD_SECRET ??= BENCH_SECRET
  process.env.PUBLIC_SERVER_URL ??= 'http://127.0.0.1'
  if (!process.env.DATABASE_URI) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-where-'))
    process.on('exit', () => fs.rmSync(dir, { force: true, recursive: true }))
    process.env.DATABASE_URI = `file:${path.join(dir, 'where.db')}`
    seedAppData(process.env.DATABASE_URI)
  }
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  const app = createApp({
    handleNext: async (_req, res) => void res.writeHead(404).end(),
    isDev: false,
    isHttps: false,
    payload,
  })
  const server = http.createServer((req, res) => {
    serving.track(res)
    app(req, res)
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  const rest = REST_GET(Promise.resolve(payload.config))
  const ours = restRoutes(payload.config).GET
  const call = async (handler: typeof ours, path: string) => {
    const slug = new URL(path, origin).pathname.split('/').slice(2)
    const response = await handler(new Request(origin + path), {
      params: Promise.resolve({ slug }),
    })
    return response.arrayBuffer()
  }
  const reads = await readsOf(payload)
  for (const read of reads) {
    const steps: [string, () => Promise<unknown>][] = [
      ['1. Local API payload.find (the floor)', read.find],
      ["2. Payload's REST_GET, no HTTP", () => call(rest, read.path)],
      ['3. + our wrappers (caps, caching)', () => call(ours, read.path)],
    ]
    for (const [, step] of steps) for (let i = 0; i < 500; i++) await step()
    await load(origin + read.path, 500)
    // Interleaved rounds, the median of each stage: this machine's speed drifts from one second to the next.
    const samples: number[][] = [[], [], [], []]
    for (let round = 0; round < REPEATS; round++) {
      for (const [i, [, step]] of steps.entries()) samples[i].push(await cpuPerCall(step))
      samples[3].push(await cpuPerHttpRequest(origin + read.path))
    }
    const stages = samples.map((values, i): [string, number] => [
      steps[i]?.[0] ?? '4. + HTTP (Node, Express, adapter)',
      median(values),
    ])
    const floor = stages[0][1]
    console.log(`${read.name}: CPU per request, median of ${REPEATS} rounds of ${ROUNDS}`)
    for (const [i, [label, us]] of stages.entries()) {
      const added = i === 0 ? '' : `+${(us - stages[i - 1][1]).toFixed(0)}`
      console.log(
        `  ${label.padEnd(40)} ${us.toFixed(0).padStart(5)} µs ${added.padStart(6)}` +
          `   floor/this ${(floor / us).toFixed(2)}`,
      )
    }
    const profile = await profiled(() => load(origin + read.path, ROUNDS * 5))
    if (process.env.PROFILE_DIR) {
      const file = path.join(process.env.PROFILE_DIR, `${read.name.replace(' ', '-')}.cpuprofile`)
      fs.writeFileSync(file, JSON.stringify(profile))
      console.log(`  (profile: ${file}, opens in Chrome's DevTools)`)
    }
    console.log(`  stage 4's CPU profile, by what it was spent on:`)
    for (const [name, share] of cpuShares(profile))
      console.log(`    ${(share * 100).toFixed(1).padStart(5)} %  ${name}`)
  }
  server.close()
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
