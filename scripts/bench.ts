/**
 * `npm run bench`: the public read path with the plugin against a bare Payload (P1), booking POSTs
 * with a slow SMTP against an instant one (P2), reads at 50k against 1k speakers with the query
 * plans (P3), start-up time and memory (P4). Real production servers on 127.0.0.1, PostgreSQL at
 * TEST_DATABASE_URI, autocannon, the compared servers measured in alternating runs. Prints progress,
 * the plans, then one table; exits 1 if a target is missed. Then speaker search at the same two sizes
 * on PostgreSQL and SQLite, in-process, with its plans and the cost of indexing a publish (S1–S4,
 * scripts/bench/searchPhase.ts). BENCH_SCALE=small for a quick run (see scripts/bench/config.ts and
 * searchConfig.ts for every BENCH_* setting); BENCH_ONLY=search runs the search phase alone (no
 * build, no servers), BENCH_ONLY=reads P1, P3 and P4 alone. P6 (scripts/bench/roadPhase.ts): the API on Express's road against Next.js's
 * route files and the Local API, on SQLite and PostgreSQL; BENCH_ONLY=road runs it alone. Not part
 * of `npm test`.
 */
import os from 'node:os'

import { runBookingPhase } from './bench/bookingPhase'
import { ensureFreshBuild } from './bench/build'
import { benchConfig } from './bench/config'
import { withClient } from './bench/databases'
import { explainProbes, judgePlans, printPlans } from './bench/explain'
import { benchLifecycle } from './bench/lifecycle'
import { prepareDatabases } from './bench/prepare'
import { runReadPhase } from './bench/readPhase'
import { runRoadPhase } from './bench/roadPhase'
import { roadRows } from './bench/roadRows'
import { printTable, type Row } from './bench/report'
import { tableRows } from './bench/rows'
import { preparePostgresSearch, runSearchPhase } from './bench/searchPhase'
import type { SearchEngineName } from './bench/searchTypes'
import { printSearchDetails, searchRows } from './bench/searchReport'

/**
 * BENCH_ONLY=search: the search phase alone; BENCH_ONLY=road: P6 alone (the build, then P6);
 * BENCH_ONLY=reads: P1, P3 and P4 alone (the build, the datasets, the read phase).
 */
const benchOnly = (): 'reads' | 'road' | 'search' | undefined => {
  const only = process.env.BENCH_ONLY
  if (!only) return undefined
  if (only === 'search' || only === 'road' || only === 'reads') return only
  throw new Error(`BENCH_ONLY=${only}: only "search", "road" or "reads" can run alone`)
}

const loadAverage = (): string =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')

/**
 * What P3 EXPLAINs: the same requests as the read rounds, on the large dataset; P1's two are also
 * checked to answer alike on the plugin's and the bare server.
 */
const probesFor = (speakers: number) => [
  {
    compared: true,
    name: 'slug lookup',
    path: `/speakers/by-slug/speaker-${Math.ceil(speakers / 2)}?depth=1`,
  },
  {
    compared: true,
    name: 'topic list',
    path: '/speakers?where[topics][in]=7&limit=20&select[name]=true&select[slug]=true',
  },
  {
    compared: false,
    name: 'interviews of a topic',
    path:
      '/interviews?where[topics][in]=7&limit=12&select[title]=true&select[slug]=true' +
      '&select[publishedAt]=true',
  },
]

const tableSizes = async (uri: string): Promise<Record<string, number>> =>
  withClient(uri, async (client) => {
    const { rows } = await client.query<{ n: string; relname: string }>(
      'SELECT relname, n_live_tup AS n FROM pg_stat_user_tables',
    )
    return Object.fromEntries(rows.map((row) => [row.relname, Number(row.n)]))
  })

const machine = async (uri: string): Promise<string> => {
  const postgres = await withClient(
    uri,
    async (client) =>
      (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]
        .server_version,
  )
  const cpus = os.cpus()
  return (
    `${cpus.length} cores (${cpus[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `node ${process.version}, PostgreSQL ${postgres}`
  )
}

const main = async (): Promise<void> => {
  const started = performance.now()
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)} s`
  const config = benchConfig()
  const only = benchOnly()
  console.log(
    `npm run bench (${config.scale}${only ? `, ${only} only` : ''}): ` +
      `${config.small.speakers}/${config.small.interviews} and ` +
      `${config.large.speakers}/${config.large.interviews} speakers/interviews, ${config.topics} ` +
      `topics; load average before: ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
  )
  const lifecycle = benchLifecycle()
  if (only === 'search') {
    try {
      const search = await runSearchPhase(lifecycle, config)
      printSearchDetails(search)
      console.log(
        `\nnpm run bench (${config.scale}, search only), ${elapsed()} in all: ` +
          `${await machine(search.postgresUri)}; load average after: ` +
          `${os
            .loadavg()
            .map((n) => n.toFixed(2))
            .join(' ')}\n`,
      )
      const rows = searchRows(search)
      printTable(rows)
      process.exitCode = rows.some((row) => row.pass === false) ? 1 : 0
    } finally {
      await lifecycle.cleanUp()
    }
    process.exit(process.exitCode ?? 0)
  }

  const { builtInS } = ensureFreshBuild()
  if (builtInS) console.log(`  built in ${builtInS.toFixed(0)} s`)

  if (only === 'road') {
    try {
      const rows = roadRows(await runRoadPhase(lifecycle, config))
      console.log(
        `\nnpm run bench (${config.scale}, road only), ${elapsed()} in all; load average after: ${loadAverage()}\n`,
      )
      printTable(rows)
      process.exitCode = rows.some((row) => row.pass === false) ? 1 : 0
    } finally {
      await lifecycle.cleanUp()
    }
    process.exit(process.exitCode ?? 0)
  }

  try {
    const { bookingFast, bookingSlow, large, small } = await prepareDatabases(lifecycle, config)
    console.log(
      `seeded by bulk SQL: small in ${small.seededInS.toFixed(1)} s, large in ` +
        `${large.seededInS.toFixed(1)} s (${elapsed()})`,
    )
    // As on a live database: Payload's start would otherwise build it (ensureSearchIndex), for minutes.
    // The servers' engine (the default on PostgreSQL, or SEARCH_ENGINE); the search phase fills
    // any other engine it measures itself.
    const serversEngine = (process.env.SEARCH_ENGINE || 'portable') as SearchEngineName
    const searchIndexes = await preparePostgresSearch(lifecycle, config, { large, small }, [
      serversEngine,
    ])
    console.log(`(${elapsed()})`)
    const probes = probesFor(large.speakers)
    const explained = explainProbes(large.uri, probes)
    const sizes = await tableSizes(large.uri)
    const plans = explained.map((probe) => ({
      name: probe.name,
      verdict: judgePlans(probe, sizes),
    }))

    const read = await runReadPhase(
      lifecycle,
      config,
      { large, small },
      probes.filter(({ compared }) => compared).map(({ path }) => `/api${path}`),
    )
    console.log(`(${elapsed()})`)
    if (only === 'reads') {
      const rows = tableRows({ config, plans, read })
      printPlans(
        explained,
        plans.map(({ verdict }) => verdict),
      )
      console.log(`\nnpm run bench (${config.scale}, reads only), ${elapsed()} in all\n`)
      printTable(rows)
      process.exitCode = rows.some((row) => row.pass === false) ? 1 : 0
      return
    }
    const bookings = await runBookingPhase(lifecycle, config, {
      fast: bookingFast,
      slow: bookingSlow,
    })
    console.log(`(${elapsed()})`)
    const road = await runRoadPhase(lifecycle, config)
    console.log(`(${elapsed()})`)
    // Reuses the read phase's databases, now idle: their search index is built there.
    const search = await runSearchPhase(lifecycle, config, searchIndexes)

    printPlans(
      explained,
      plans.map(({ verdict }) => verdict),
    )
    printSearchDetails(search)
    console.log(
      `\nnpm run bench (${config.scale}), ${elapsed()} in all: ${await machine(large.uri)}\n`,
    )
    const rows: Row[] = [
      ...tableRows({ bookings, config, plans, read }),
      ...roadRows(road),
      ...searchRows(search),
    ]
    printTable(rows)
    process.exitCode = rows.some((row) => row.pass === false) ? 1 : 0
  } finally {
    await lifecycle.cleanUp()
  }
  process.exit(process.exitCode ?? 0)
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
    process.exit(1)
  },
)
