import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BenchConfig } from './config'
import type { Lifecycle } from './lifecycle'
import {
  type CheckedAnswer,
  type ExplainedSearch,
  type MeasuredPath,
  PLACEHOLDER_DOC_ID,
  type PreparedIndex,
  type PublishFigures,
  type SearchAdapter,
  type SearchEngineName,
  type SearchSizes,
} from './searchTypes'

import { buildSearchEntry } from '../../src/search/buildSearchEntry'
import { SEARCH_INDEX_FORMAT } from '../../src/search/ensureSearchIndex'
import { withClient } from './databases'
import { type Dataset, seedDataset } from './seed'
import { type SearchChild, startSearchChild } from './searchChildren'
import {
  draftQuery,
  publishKinds,
  type SearchBenchConfig,
  searchBenchConfig,
  type SearchQuery,
  searchQueries,
} from './searchConfig'
import { percentile } from '../load/stats'

export type Size = 'large' | 'small'

export type SearchDataset = {
  prepared: PreparedIndex
  /** Seconds of the bulk seed: seedSql.ts (PostgreSQL) or searchSeedSqlite.ts. */
  seededS: number
  sizes: SearchSizes
}

export type QueryFigures = Record<Size, MeasuredPath> & { query: SearchQuery }

export type AdapterFigures = {
  adapter: SearchAdapter
  datasets: Record<Size, SearchDataset>
  engine: SearchEngineName
  explained: Record<Size, ExplainedSearch[]>
  /** The large dataset's search process after every search (the portable index in memory). */
  memory: { heapUsedMB: number; rssMB: number }
  publishes: PublishFigures[]
  queries: QueryFigures[]
}

export type SearchPhase = {
  adapters: AdapterFigures[]
  config: SearchBenchConfig
  /** The large PostgreSQL dataset's database. */
  postgresUri: string
}

export const adapterName = (adapter: SearchAdapter): string =>
  adapter === 'postgres' ? 'PostgreSQL' : 'SQLite'

/** The database and, for the portable index, the engine: `PostgreSQL, portable index`. */
export const figuresName = ({ adapter, engine }: Pick<AdapterFigures, 'adapter' | 'engine'>) =>
  `${adapterName(adapter)}${engine === 'portable' ? ', portable index' : ''}`

/** The engines measured: BENCH_SEARCH_ENGINES (comma-separated), both by default. */
export const searchEngines = (): SearchEngineName[] => {
  const given = (process.env.BENCH_SEARCH_ENGINES ?? 'database,portable').split(',')
  const engines = given.map((name) => name.trim()).filter(Boolean)
  if (engines.length === 0) throw new Error('BENCH_SEARCH_ENGINES names no engine')
  for (const engine of engines)
    if (engine !== 'database' && engine !== 'portable')
      throw new Error(`BENCH_SEARCH_ENGINES: "${engine}" is neither "database" nor "portable"`)
  return engines as SearchEngineName[]
}

export const k = (n: number): string => (n >= 1000 ? `${n / 1000}k` : String(n))

const sizesOf = (config: BenchConfig, size: Size): SearchSizes => ({
  ...config[size],
  topics: config.topics,
})

/**
 * The PostgreSQL datasets when the search phase runs alone (BENCH_ONLY=search): a database migrated
 * by Payload itself (a search child with NODE_ENV=production, as `npm start` migrates), copied for
 * both sizes and seeded by seedSql.ts, like prepare.ts does without a Next.js build.
 */
export const preparePostgresForSearch = async (
  { databases }: Lifecycle,
  config: BenchConfig,
): Promise<Record<Size, Dataset>> => {
  const template = await databases.create('search_template')
  const migrator = startSearchChild('migrate', databases.uriOf(template))
  try {
    await migrator.call('prepare', { migrateOnly: true })
  } finally {
    await migrator.exit()
  }
  const [small, large] = await Promise.all(
    ['small', 'large'].map((label) => databases.create(label, template)),
  )
  return {
    large: await seedDataset(databases.uriOf(large), config.large, config.topics),
    small: await seedDataset(databases.uriOf(small), config.small, config.topics),
  }
}

/**
 * seedSql.ts stores the versions' relationship rows under the field's name (`topics`), but Payload
 * reads and writes them under `version.<field>`: the latest versions would have no topics and no
 * speakers, and a save (which starts from the latest version) would drop a speaker's topics or be
 * refused for an interview ("Speakers: This field is required"). Renamed here before anything is
 * saved; the read phase reads published documents only, which this does not touch.
 */
const fixVersionRelPaths = (uri: string): Promise<unknown> =>
  withClient(uri, async (client) => {
    for (const table of ['_speakers_v_rels', '_interviews_v_rels'])
      await client.query(
        `UPDATE ${table} SET path = 'version.' || path WHERE path NOT LIKE 'version.%'`,
      )
  })

const merge = (into: MeasuredPath | undefined, more: MeasuredPath): MeasuredPath => ({
  failed: (into?.failed ?? 0) + more.failed,
  latencies: [...(into?.latencies ?? []), ...more.latencies],
  path: more.path,
})

/** What must hold before anything is measured: every query answers, finds, and counts facets. */
const checkAnswers = (adapter: string, size: Size, answers: CheckedAnswer[], firsts: string[]) => {
  const [draft, ...answered] = answers
  if (draft.status !== 200 || draft.totalDocs !== 0)
    throw new Error(`${adapter} ${size}: the draft speaker was found (${JSON.stringify(draft)})`)
  answered.forEach((answer, i) => {
    const facets = ['topics', 'languages', 'feeBands'].every((name) => answer.facets[name] > 0)
    if (answer.status !== 200 || answer.totalDocs < 1 || !facets)
      throw new Error(`${adapter} ${size}: ${answer.path} answered ${JSON.stringify(answer)}`)
    if (firsts[i] && answer.firstSlug !== firsts[i])
      throw new Error(`${adapter} ${size}: ${answer.path} found ${answer.firstSlug} first`)
  })
}

const seconds = (s: number): string => `${s.toFixed(1)} s`

/**
 * Puts a placeholder entry in the (empty) index of a seeded PostgreSQL database: Payload's start
 * builds the index when it is empty (ensureSearchIndex), untimed and, on the large dataset, for many
 * minutes (reindexSearch); the bench fills it itself, timed, and the fill removes the entry.
 */
const holdIndexBuild = (uri: string): Promise<unknown> =>
  withClient(uri, (client) =>
    client.query(
      `INSERT INTO sb_search_entries (collection, doc_id, name_keys, sort_key)
       VALUES ('speakers', $1, '', '') ON CONFLICT DO NOTHING`,
      [PLACEHOLDER_DOC_ID],
    ),
  )

/**
 * The same for the portable index (PostgreSQL's datasets are shared by both engines): its format
 * recorded and a placeholder entry, so that the start does not build it; the fill removes the entry.
 */
const holdPortableBuild = (uri: string): Promise<unknown> =>
  withClient(uri, async (client) => {
    await client.query(
      `INSERT INTO search_meta (key, value) VALUES ('format', $1)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [SEARCH_INDEX_FORMAT],
    )
    await client.query(
      `INSERT INTO search_entries (key, searchable, doc_id, entry) VALUES ($1, 'speakers', $2, $3)
       ON CONFLICT (key) DO NOTHING`,
      [
        `speakers:${PLACEHOLDER_DOC_ID}`,
        PLACEHOLDER_DOC_ID,
        JSON.stringify(
          buildSearchEntry(
            'speakers',
            { id: PLACEHOLDER_DOC_ID, name: 'Bench placeholder' },
            { speakerNames: [], topicIds: [] },
          ),
        ),
      ],
    )
  })

const progressLine = (name: string, size: Size) => (line: string) =>
  console.log(`    ${name} ${size}: indexed ${line}`)

const printPrepared = (name: string, size: Size, { prepared, seededS, sizes }: SearchDataset) => {
  const docs = prepared.entries.speakers + prepared.entries.interviews
  const { entries } = prepared
  console.log(
    `  ${name} ${size} (${k(sizes.speakers)}/${k(sizes.interviews)}): seeded in ${seconds(seededS)}; ` +
      `search:reindex ${seconds(prepared.fillS)} (${(docs / prepared.fillS).toFixed(0)} documents/s: ` +
      `${entries.speakers} speakers, ${entries.interviews} interviews, ${entries.values} values, ` +
      `${entries.variants} typo variants), then ${name === 'PostgreSQL' ? 'VACUUM ANALYZE' : 'ANALYZE'} ` +
      seconds(prepared.vacuumS),
  )
}

/** Each filled engine's datasets (both sizes, on the same databases). */
export type PostgresSearch = Partial<
  Record<SearchEngineName, Record<Size, SearchDataset & { uri: string }>>
>

/**
 * The search index of the PostgreSQL datasets, rebuilt by reindexSearch before any server starts on
 * them: the read phase's servers then start as on a live database, whose index exists.
 */
export const preparePostgresSearch = async (
  lifecycle: Lifecycle,
  benchConfig: BenchConfig,
  datasets: Record<Size, Dataset>,
  engines: SearchEngineName[] = searchEngines(),
): Promise<PostgresSearch> => {
  const prepared: PostgresSearch = {}
  for (const size of ['small', 'large'] as Size[]) await fixVersionRelPaths(datasets[size].uri)
  for (const engine of engines) {
    const name = figuresName({ adapter: 'postgres', engine })
    const filled = {} as Record<Size, SearchDataset & { uri: string }>
    for (const size of ['small', 'large'] as Size[]) {
      const { seededInS, uri } = datasets[size]
      await (engine === 'portable' ? holdPortableBuild(uri) : holdIndexBuild(uri))
      const child = startSearchChild(
        `postgres-${engine}-${size}`,
        uri,
        progressLine(name, size),
        engine,
      )
      lifecycle.onCleanUp(child.exit)
      try {
        const index = await child.call('prepare', { fill: true })
        filled[size] = {
          prepared: index,
          seededS: seededInS,
          sizes: sizesOf(benchConfig, size),
          uri,
        }
        printPrepared(name, size, filled[size])
      } finally {
        await child.exit()
      }
    }
    prepared[engine] = filled
  }
  return prepared
}

type Target = { prepared?: PreparedIndex; seededS?: number; sizes: SearchSizes; uri: string }

const runAdapter = async (
  lifecycle: Lifecycle,
  config: SearchBenchConfig,
  adapter: SearchAdapter,
  engine: SearchEngineName,
  targets: Record<Size, Target>,
): Promise<AdapterFigures> => {
  const name = figuresName({ adapter, engine })
  const sizes: Size[] = ['small', 'large']
  const children = {} as Record<Size, SearchChild>
  for (const size of sizes) {
    const { prepared, uri } = targets[size]
    // PostgreSQL's datasets are seeded; their index is filled below, timed, not by the start.
    if (adapter === 'postgres' && !prepared)
      await (engine === 'portable' ? holdPortableBuild(uri) : holdIndexBuild(uri))
    children[size] = startSearchChild(
      `${adapter}-${engine}-${size}`,
      targets[size].uri,
      progressLine(name, size),
      engine,
    )
  }
  lifecycle.onCleanUp(async () => {
    await Promise.all(sizes.map((size) => children[size].exit()))
  })
  try {
    const datasets = {} as Record<Size, SearchDataset>
    for (const size of sizes) {
      const { prepared: ready, seededS, sizes: n, uri } = targets[size]
      // SQLite: seeded and indexed here; PostgreSQL: indexed already (preparePostgresSearch).
      const prepared = await children[size].call(
        'prepare',
        ready ? {} : { fill: true, seed: uri.startsWith('file:') ? n : undefined },
      )
      datasets[size] = {
        prepared: ready ?? prepared,
        seededS: prepared.seededS ?? seededS ?? 0,
        sizes: n,
      }
      if (!ready) printPrepared(name, size, datasets[size])
    }
    const pathsOf = (size: Size) => searchQueries.map((query) => query.path(targets[size].sizes))
    for (const size of sizes) {
      const answers = await children[size].call('check', { paths: [draftQuery, ...pathsOf(size)] })
      checkAnswers(
        name,
        size,
        answers,
        searchQueries.map((query) => query.first?.(targets[size].sizes) ?? ''),
      )
      console.log(
        `  ${name} ${size}: ${answers
          .slice(1)
          .map((answer) => `${answer.totalDocs} found`)
          .join(', ')}; the draft speaker not found`,
      )
      await children[size].call('measure', {
        iterations: config.warmUp,
        maxSeconds: config.maxSeconds,
        paths: pathsOf(size),
      })
    }

    const measured = new Map<string, MeasuredPath>()
    for (let round = 0; round < config.rounds; round++) {
      const order: Size[] = round % 2 === 0 ? ['small', 'large'] : ['large', 'small']
      const line: string[] = []
      for (const [q, query] of searchQueries.entries()) {
        const p50: string[] = []
        for (const size of order) {
          const [result] = await children[size].call('measure', {
            iterations: config.requests,
            maxSeconds: config.maxSeconds,
            paths: [query.path(targets[size].sizes)],
          })
          measured.set(`${q} ${size}`, merge(measured.get(`${q} ${size}`), result))
          p50.push(`${size} ${percentile(result.latencies, 50).toFixed(1)}`)
        }
        line.push(`q${q + 1} ${p50.join('/')}`)
      }
      console.log(`  ${name} round ${round + 1}, p50 ms: ${line.join('; ')}`)
    }

    const explained = {} as Record<Size, ExplainedSearch[]>
    for (const size of sizes)
      explained[size] = await children[size].call('explain', {
        paths: pathsOf(size),
        runs: config.explainRuns,
      })

    const memory = await children.large.call('memory', {})
    console.log(
      `  ${name} large: the search process holds ${memory.rssMB.toFixed(0)} MB ` +
        `(heap ${memory.heapUsedMB.toFixed(0)} MB)`,
    )
    const publishes: PublishFigures[] = []
    for (const kind of publishKinds) {
      const figures = await children.large.call('publish', {
        count: config.publishes,
        kind,
        sizes: targets.large.sizes,
      })
      publishes.push(figures)
      const p50 = (values: number[]) => percentile(values, 50).toFixed(1)
      console.log(
        `  ${name} ${kind}: p50 ${p50(figures.withSearch)} ms with search, ` +
          `${p50(figures.withoutSearch)} ms without; the hook ${p50(figures.hook)} ms`,
      )
    }
    return {
      adapter,
      datasets,
      engine,
      explained,
      memory,
      publishes,
      queries: searchQueries.map((query, q) => ({
        large: measured.get(`${q} large`)!,
        query,
        small: measured.get(`${q} small`)!,
      })),
    }
  } finally {
    await Promise.all(sizes.map((size) => children[size].exit()))
  }
}

/**
 * The search phase (issue 18): speaker searches on PostgreSQL and SQLite at the large and the small
 * size, measured in-process (see searchChild.ts), their SQL EXPLAINed, publishes timed with and
 * without the search hook. `postgres`: the read phase's seeded databases with their index filled
 * (preparePostgresSearch); without them (BENCH_ONLY=search), they are made here. SQLite files are
 * made in a temporary folder, seeded by searchSeedSqlite.ts, deleted at the end.
 */
export const runSearchPhase = async (
  lifecycle: Lifecycle,
  benchConfig: BenchConfig,
  postgres?: PostgresSearch,
): Promise<SearchPhase> => {
  const config = searchBenchConfig(benchConfig)
  console.log(
    `search: in-process (Payload's REST GET handler called directly, as the API route mounts it; ` +
      `one request at a time, no HTTP), ${config.rounds} rounds of ${config.requests} requests ` +
      `(${config.maxSeconds} s at most) of each query on each dataset after ${config.warmUp} ` +
      `warm-up; PostgreSQL, then SQLite`,
  )
  const sizes: Size[] = ['small', 'large']
  const engines = searchEngines()
  const pg =
    postgres ??
    (await preparePostgresSearch(
      lifecycle,
      benchConfig,
      await preparePostgresForSearch(lifecycle, benchConfig),
      engines.slice(0, 1),
    ))
  const datasets = Object.values(pg)[0] as Record<Size, Target>
  const adapters: AdapterFigures[] = []
  for (const [i, engine] of engines.entries()) {
    // An index filled before (preparePostgresSearch) serves the first engine measured only: each
    // engine's run saves documents with its own hooks, so a later engine fills its index afresh.
    const filled = i === 0 ? pg[engine] : undefined
    const targets = Object.fromEntries(
      sizes.map((size) => [size, { sizes: datasets[size].sizes, uri: datasets[size].uri }]),
    ) as Record<Size, Target>
    adapters.push(await runAdapter(lifecycle, config, 'postgres', engine, filled ?? targets))
  }
  for (const engine of engines) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-sqlite-'))
    const removeDir = async () => fs.rmSync(dir, { force: true, recursive: true })
    lifecycle.onCleanUp(removeDir)
    try {
      adapters.push(
        await runAdapter(
          lifecycle,
          config,
          'sqlite',
          engine,
          Object.fromEntries(
            sizes.map((size) => [
              size,
              { sizes: sizesOf(benchConfig, size), uri: `file:${path.join(dir, `${size}.db`)}` },
            ]),
          ) as Record<Size, Target>,
        ),
      )
    } finally {
      await removeDir()
    }
  }
  return { adapters, config, postgresUri: datasets.large.uri }
}
