/**
 * `TEST_DB=postgres npx tsx --conditions=production scripts/measure-graphql-load.ts`: does the
 * largest GraphQL query the cost model allows keep the server responsive? One Payload instance on a
 * fresh PostgreSQL database (TEST_DATABASE_URI) seeded by the bench's bulk SQL (GQL_SPEAKERS,
 * default 5,000 speakers, four interviews each, 40 topics), queried anonymously through the real
 * GraphQL route handler (route wrapper included). While each query runs back to back for a few
 * seconds, the health check (`/healthz`'s checkDatabase, a real database round trip on the same
 * event loop) is probed every 50 ms; the table gives its latency against an idle server, and what
 * the old 500-count attack gets now. Prints figures; asserts nothing.
 */
import type { SanitizedConfig } from 'payload'

import { getPayload } from 'payload'

import { closeDatabase } from '../src/db/closeDatabase'
import { checkDatabase } from '../src/server/checkDatabase'
import { createApiClient } from '../test/helpers/apiClient'
import { bootPayload } from '../test/helpers/bootPayload'
import { withClient } from './bench/databases'
import { seedStatements } from './bench/seedSql'
import { printMarkdownTable } from './load/markdownTable'

process.env.TEST_DB ||= 'postgres'
const SPEAKERS = Number(process.env.GQL_SPEAKERS || 5_000)
const SECONDS = 5

const queries: { name: string; query: string }[] = [
  {
    name: '400 speakers with topics and photo (cost 4802)',
    query: '{ Speakers(limit: 400) { docs { name slug topics { name slug } photo { url alt } } } }',
  },
  {
    name: '20 aliases x 20 speakers with topics and photo (cost 4840)',
    query: `{ ${Array.from(
      { length: 20 },
      (_, i) =>
        `s${i}: Speakers(limit: 20, page: ${i + 1}) { docs { name topics { name } photo { url } } }`,
    ).join(' ')} }`,
  },
  {
    name: '20 aliased countSpeakers with a like (cost 20)',
    query: `{ ${Array.from(
      { length: 20 },
      (_, i) => `c${i}: countSpeakers(where: { name: { like: "${i}" } }) { totalDocs }`,
    ).join(' ')} }`,
  },
  {
    name: '500 aliased countSpeakers (the issue; refused)',
    query: `{ ${Array.from({ length: 500 }, (_, i) => `c${i}: countSpeakers { totalDocs }`).join(' ')} }`,
  },
]

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}

const main = async () => {
  const ctx = await bootPayload()
  const payload = await getPayload({ config: ctx.config as Promise<SanitizedConfig> })
  await withClient(ctx.database.uri, async (client) => {
    await client.query('BEGIN')
    await client.query('SET LOCAL session_replication_role = replica')
    for (const sql of seedStatements({ interviews: SPEAKERS * 4, speakers: SPEAKERS, topics: 40 }))
      await client.query(sql)
    await client.query('COMMIT')
    await client.query('VACUUM ANALYZE')
  })
  const api = createApiClient(ctx.config)
  const post = async (query: string) => {
    const started = performance.now()
    const response = await api.graphqlRaw(JSON.stringify({ query }), {
      headers: { 'content-type': 'application/json' },
    })
    await response.text()
    return { ms: performance.now() - started, status: response.status }
  }
  await post('{ __typename }')

  /** Health probes every 50 ms while `busy` runs (or for SECONDS when idle). */
  const probeWhile = async (busy?: () => Promise<{ ms: number; status: number }[]>) => {
    const latencies: number[] = []
    let isDone = false
    const probing = (async () => {
      while (!isDone) {
        const started = performance.now()
        await checkDatabase({ payload })
        latencies.push(performance.now() - started)
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })()
    const runs = busy
      ? await busy()
      : await new Promise<[]>((resolve) => setTimeout(() => resolve([]), SECONDS * 1000))
    isDone = true
    await probing
    return { latencies, runs }
  }

  const idle = await probeWhile()
  const rows = [
    {
      health_p50_ms: percentile(idle.latencies, 50).toFixed(1),
      health_max_ms: Math.max(...idle.latencies).toFixed(1),
      query: 'idle server',
      query_ms: '',
      status: '',
    },
  ]
  for (const { name, query } of queries) {
    const { latencies, runs } = await probeWhile(async () => {
      const results = []
      const until = performance.now() + SECONDS * 1000
      while (performance.now() < until) {
        results.push(await post(query))
        // As requests arrive over sockets: the next one after the event loop's turn.
        await new Promise((resolve) => setImmediate(resolve))
      }
      return results
    })
    rows.push({
      health_p50_ms: percentile(latencies, 50).toFixed(1),
      health_max_ms: Math.max(...latencies).toFixed(1),
      query: name,
      query_ms: `${percentile(
        runs.map(({ ms }) => ms),
        50,
      ).toFixed(0)} (${runs.length} runs)`,
      status: [...new Set(runs.map(({ status }) => status))].join(','),
    })
  }
  console.log(`\n${SPEAKERS} speakers, ${SPEAKERS * 4} interviews, ${ctx.database.kind}\n`)
  printMarkdownTable(
    ['query', 'status', 'query p50 ms', 'health p50 ms', 'health max ms'],
    rows.map((row) => [row.query, row.status, row.query_ms, row.health_p50_ms, row.health_max_ms]),
  )
  await closeDatabase(payload).catch(() => undefined)
  await ctx.close()
  process.exit(0)
}

void main()
