/**
 * Run by searchPhase.ts as its own process (one Payload per process, on one database), driven over
 * IPC (see ChildCalls in searchTypes.ts). It boots the app's Payload config on DATABASE_URI through
 * the app's own adapter choice (pickDatabaseAdapter: PostgreSQL, or SQLite for `file:`), as
 * `NODE_ENV=production` does (migrations run at start, the search tables are made by the plugin's
 * onInit), with drizzle's query log on, and sends search requests through Payload's real REST GET
 * handler in-process, as the route file mounts it (test/helpers/apiClient.ts): the server's code
 * path without HTTP. Anonymous, like a visitor.
 */
import type { CollectionAfterChangeHook, DatabaseAdapterObj, Payload, Plugin } from 'payload'

import fs from 'node:fs'
import inspector from 'node:inspector'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { createLocalReq, getPayload } from 'payload'

import type { SearchableCollection } from '../../src/search/engine/types'
import type {
  ChildCalls,
  ChildMessage,
  ChildMethod,
  CheckedAnswer,
  ExplainedSearch,
  ExplainedStatement,
  PublishFigures,
} from './searchTypes'

import { syncSearchIndex } from '../../hooks/search/syncSearchIndex'
import { buildAppConfig } from '../../src/buildAppConfig'
import { closeDatabase } from '../../src/db/closeDatabase'
import { pickDatabaseAdapter } from '../../src/db/pickDatabaseAdapter'
import { parseSearchParams } from '../../src/search/parseSearchParams'
import { planSearch } from '../../src/search/planSearch'
import { reindexSearch } from '../../src/search/reindexSearch'
import { searchEngineOf } from '../../src/search/searchEngineOf'
import { loadTopics } from '../../src/search/topicTree'
import { createApiClient } from '../../test/helpers/apiClient'
import { createQueryLog, type LoggedQuery } from '../../test/helpers/queryLog'
import { percentile } from '../load/stats'
import { type LibsqlClient, seedSqlite } from './searchSeedSqlite'
import { PLACEHOLDER_DOC_ID } from './searchTypes'

const uri = process.env.DATABASE_URI!
const isSqlite = uri.startsWith('file:')
/** The host's SEARCH_ENGINE (searchChildren.ts sets it), read by buildAppConfig as the app does. */
const isPortable = process.env.SEARCH_ENGINE === 'portable'

const send = (message: ChildMessage) => process.send?.(message)

/** Drizzle's query log, on the adapter the app picks (set before it connects). */
const queries = createQueryLog()
const withQueryLog = (db: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...db,
  init: (args) => {
    const adapter = db.init(args)
    ;(adapter as unknown as { logger: unknown }).logger = queries.logger
    return adapter
  },
})

/**
 * The plugin's search hook, timed, and skipped while `enabled` is off: a save "without search" is
 * the same save with every other hook. `ms` holds the hook's time in each save that ran it.
 */
const searchHook = { enabled: true, ms: [] as number[] }
const timedSearchHook: CollectionAfterChangeHook = async (args) => {
  if (!searchHook.enabled) return args.doc
  const started = performance.now()
  try {
    return await syncSearchIndex(args)
  } finally {
    searchHook.ms.push(performance.now() - started)
  }
}
const withTimedSearchHook: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => {
    const afterChange = collection.hooks?.afterChange
    if (!afterChange?.includes(syncSearchIndex)) return collection
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: afterChange.map((hook) => (hook === syncSearchIndex ? timedSearchHook : hook)),
      },
    }
  }),
})

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-search-'))
const config = buildAppConfig({
  dataDir,
  db: withQueryLog(pickDatabaseAdapter({ dataDir, uri })),
  origins: [],
  plugins: [withTimedSearchHook],
  secret: 'bench-secret-not-for-production-0123456789',
  serverURL: 'http://localhost:3000',
})
const api = createApiClient(config)

let booted: Payload | undefined
const payloadOf = (): Payload => {
  if (!booted) throw new Error('prepare first')
  return booted
}

const sqliteClient = (): LibsqlClient =>
  (payloadOf().db as unknown as { client: LibsqlClient }).client

/** Runs SQL on the database directly (PostgreSQL: one connection of our own). */
let pgClient: pg.Client | undefined
const run = async (sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> => {
  if (isSqlite) return (await sqliteClient().execute({ args: params, sql })).rows
  if (!pgClient) {
    pgClient = new pg.Client({ connectionString: uri })
    await pgClient.connect()
  }
  return (await pgClient.query(sql, params)).rows
}

const median = (values: number[]): number => percentile(values, 50)

const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now()
  await work()
  return performance.now() - started
}

const collectionOf = (requestPath: string): SearchableCollection =>
  requestPath.startsWith('/interviews') ? 'interviews' : 'speakers'

/** Rebuilds the index with `npm run search:reindex`'s code, timed; then drops the placeholder. */
const fillIndex = async (): Promise<number> => {
  let reported = ''
  const seconds =
    (await timed(() =>
      reindexSearch({
        onProgress: ({ collection, done, total }) => {
          const step = `${collection} ${Math.floor((done / Math.max(total, 1)) * 4)}`
          if (step === reported) return
          reported = step
          send({
            progress: `${collection} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`,
          })
        },
        payload: payloadOf(),
      }),
    )) / 1000
  await searchEngineOf(payloadOf()).remove('speakers', [PLACEHOLDER_DOC_ID])
  return seconds
}

const prepare: ChildCalls['prepare'] = async ({ fill, migrateOnly, seed }) => {
  // onInit (ensureSearchIndex) makes the index's tables, and builds the index if it is empty while
  // published documents exist: searchPhase.ts leaves a placeholder entry so that it does not, and
  // the fill below is timed on its own.
  booted = await getPayload({ config })
  const afterChange = (slug: SearchableCollection) =>
    booted!.collections[slug].config.hooks.afterChange
  if (!afterChange('speakers').includes(timedSearchHook))
    throw new Error('the search hook (syncSearchIndex) was not found on speakers')
  if (!afterChange('interviews').includes(timedSearchHook))
    throw new Error('the search hook (syncSearchIndex) was not found on interviews')
  const count = async (sql: string) => Number((await run(sql))[0].n)
  const none = { interviews: 0, speakers: 0, values: 0, variants: 0 }
  if (migrateOnly) return { entries: none, fillS: 0, vacuumS: 0 }
  const seededS = seed ? await seedSqlite(sqliteClient(), seed) : undefined
  const fillS = fill ? await fillIndex() : 0
  const tables = isPortable
    ? ['search_entries', 'search_changes']
    : ['sb_search_entries', 'sb_search_values', 'sb_search_variants']
  // As autovacuum (PostgreSQL) or a periodic ANALYZE (SQLite) would, before anyone measures.
  const vacuumS = fill
    ? (await timed(() =>
        isSqlite ? run('ANALYZE') : run(`VACUUM ANALYZE ${tables.join(', ')}`),
      )) / 1000
    : 0
  const entriesOf = (collection: SearchableCollection) =>
    count(
      isPortable
        ? `SELECT count(*) AS n FROM search_entries WHERE searchable = '${collection}'`
        : `SELECT count(*) AS n FROM sb_search_entries WHERE collection = '${collection}'`,
    )
  return {
    entries: {
      interviews: await entriesOf('interviews'),
      speakers: await entriesOf('speakers'),
      // The portable index keeps values and typo variants in its entries (and memory) only.
      values: isPortable ? 0 : await count('SELECT count(*) AS n FROM sb_search_values'),
      variants: isPortable ? 0 : await count('SELECT count(*) AS n FROM sb_search_variants'),
    },
    fillS,
    seededS,
    vacuumS,
  }
}

const get = async (requestPath: string) => {
  const started = performance.now()
  const response = await api.get(requestPath)
  const body = await response.text()
  return { body, ms: performance.now() - started, status: response.status }
}

const check: ChildCalls['check'] = async ({ paths }) => {
  const answers: CheckedAnswer[] = []
  for (const requestPath of paths) {
    const { body, status } = await get(requestPath)
    const json = status === 200 ? JSON.parse(body) : {}
    answers.push({
      facets: Object.fromEntries(
        Object.entries((json.facets ?? {}) as Record<string, unknown[]>).map(([name, list]) => [
          name,
          list.length,
        ]),
      ),
      firstSlug: json.docs?.[0]?.slug ?? null,
      path: requestPath,
      status,
      totalDocs: Number(json.totalDocs ?? -1),
    })
  }
  return answers
}

const measure: ChildCalls['measure'] = async ({ iterations, maxSeconds = Infinity, paths }) => {
  const measured = []
  for (const requestPath of paths) {
    const latencies: number[] = []
    let failed = 0
    const until = performance.now() + maxSeconds * 1000
    for (let i = 0; i < iterations && (i < 5 || performance.now() < until); i++) {
      const { ms, status } = await get(requestPath)
      if (status === 200) latencies.push(ms)
      else failed++
    }
    measured.push({ failed, latencies, path: requestPath })
  }
  return measured
}

/** What a statement the search request ran is for. */
const labelOf = (sql: string): string => {
  if (sql.includes('sb_search_variants')) return 'typo lookup'
  if (sql.includes('matched AS MATERIALIZED')) return 'search (page, total and facets)'
  const table = /\bfrom\s+["`]?(\w+)["`]?/i.exec(sql)?.[1] ?? '?'
  return `Payload: ${table}`
}

const planOf = async ({ params, sql }: LoggedQuery): Promise<string> => {
  if (!isSqlite) {
    const rows = await run(`EXPLAIN (ANALYZE, COSTS OFF) ${sql}`, params)
    return rows.map((row) => String(row['QUERY PLAN'])).join('\n')
  }
  // EXPLAIN QUERY PLAN's rows are a tree (id, parent): indented by depth.
  const rows = await run(`EXPLAIN QUERY PLAN ${sql}`, params)
  const depth = new Map<number, number>([[0, -1]])
  return rows
    .map((row) => {
      const d = (depth.get(Number(row.parent)) ?? -1) + 1
      depth.set(Number(row.id), d)
      return `${'  '.repeat(d)}${String(row.detail)}`
    })
    .join('\n')
}

const explain: ChildCalls['explain'] = async ({ paths, runs }) => {
  const payload = payloadOf()
  const engine = searchEngineOf(payload)
  const explained: ExplainedSearch[] = []
  for (const requestPath of paths) {
    await get(requestPath)
    const ran = await queries.capture(() => get(requestPath))
    const statements: ExplainedStatement[] = []
    for (const query of ran) {
      const times: number[] = []
      for (let i = 0; i < runs; i++) times.push(await timed(() => run(query.sql, query.params)))
      const isIndex = query.sql.includes('sb_search_')
      statements.push({
        label: labelOf(query.sql),
        ms: median(times),
        plan: isIndex ? await planOf(query) : undefined,
        sql: query.sql,
        textMatch: /@@ to_tsquery|sb_search_text\w* MATCH/.test(query.sql),
      })
    }
    // The endpoint's stages (src/search/searchEndpoint.ts), called as it calls them.
    const collection = collectionOf(requestPath)
    const parsed = parseSearchParams(collection, new URL(requestPath, 'http://x').searchParams)
    if ('problem' in parsed) throw new Error(`${requestPath}: ${parsed.problem.path}`)
    const req = await createLocalReq({}, payload)
    const stages = {
      loadTopics: [] as number[],
      planSearch: [] as number[],
      request: [] as number[],
      search: [] as number[],
    }
    for (let i = 0; i < runs; i++) {
      let topics: Awaited<ReturnType<typeof loadTopics>> = []
      stages.loadTopics.push(await timed(async () => (topics = await loadTopics(req))))
      let plan: Awaited<ReturnType<typeof planSearch>> | undefined
      stages.planSearch.push(
        await timed(async () => {
          plan = await planSearch({
            collection,
            engine,
            params: parsed.params,
            speakerIds: [],
            topics,
          })
        }),
      )
      stages.search.push(await timed(() => engine.search(plan!)))
      stages.request.push((await get(requestPath)).ms)
    }
    explained.push({
      path: requestPath,
      stages: {
        loadTopics: median(stages.loadTopics),
        planSearch: median(stages.planSearch),
        request: median(stages.request),
        search: median(stages.search),
      },
      statements,
    })
  }
  return explained
}

/** Documents picked 7919 apart (a prime), so that no two saves of the bench touch the same one. */
let picked = 0
const nextId = (n: number): number => 1 + ((picked++ * 7919) % n)

const publish: ChildCalls['publish'] = async ({ count, kind, sizes }) => {
  const payload = payloadOf()
  const collection = kind === 'interview edit' ? 'interviews' : 'speakers'
  const n = collection === 'interviews' ? sizes.interviews : sizes.speakers
  const save = async (id: number, k: number): Promise<void> => {
    if (collection === 'interviews') {
      await payload.update({
        collection,
        data: { _status: 'published', excerpt: `What was said about the web (edit ${k})` },
        draft: false,
        id,
        overrideAccess: true,
      })
    } else {
      const data =
        kind === 'speaker first publish'
          ? { _status: 'published' as const }
          : { _status: 'published' as const, shortBio: `Speaker ${id} on the internet (edit ${k})` }
      await payload.update({ collection, data, draft: false, id, overrideAccess: true })
    }
  }
  const figures: PublishFigures = { hook: [], kind, withoutSearch: [], withSearch: [] }
  const warmUp = 3
  for (let k = 0; k < count + warmUp; k++) {
    const order = k % 2 === 0 ? [true, false] : [false, true]
    for (const withSearch of order) {
      const id = nextId(n)
      if (kind === 'speaker first publish') {
        // Unpublished first (not measured), with the hook on, so its entry is gone as before a
        // first publish; the speaker's interviews lose its name in the index too.
        searchHook.enabled = true
        await payload.update({
          collection,
          data: { _status: 'draft' },
          draft: false,
          id,
          overrideAccess: true,
        })
      }
      searchHook.enabled = withSearch
      searchHook.ms = []
      const ms = await timed(() => save(id, k))
      searchHook.enabled = true
      if (k < warmUp) continue
      if (withSearch) {
        figures.withSearch.push(ms)
        figures.hook.push(searchHook.ms.reduce((sum, t) => sum + t, 0))
      } else {
        figures.withoutSearch.push(ms)
      }
    }
  }
  return figures
}

const profile: ChildCalls['profile'] = async ({ dir, iterations, paths }) => {
  const session = new inspector.Session()
  session.connect()
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))),
    )
  const written: string[] = []
  try {
    await post('Profiler.enable')
    await post('Profiler.setSamplingInterval', { interval: 100 })
    for (const [i, requestPath] of paths.entries()) {
      await post('Profiler.start')
      for (let n = 0; n < iterations; n++) await get(requestPath)
      const { profile: taken } = (await post('Profiler.stop')) as { profile: object }
      const file = path.join(dir, `${i}.cpuprofile`)
      fs.writeFileSync(file, JSON.stringify(taken))
      written.push(file)
    }
  } finally {
    session.disconnect()
  }
  return written
}

const memory: ChildCalls['memory'] = async () => {
  const { heapUsed, rss } = process.memoryUsage()
  return { heapUsedMB: heapUsed / 2 ** 20, rssMB: rss / 2 ** 20 }
}

const calls: ChildCalls = { check, explain, measure, memory, prepare, profile, publish }

process.on('message', (message: { args: never; id: number; method: ChildMethod | 'exit' }) => {
  if (message.method === 'exit') {
    void (async () => {
      await pgClient?.end()
      if (booted) await closeDatabase(booted)
      fs.rmSync(dataDir, { force: true, recursive: true })
      process.exit(0)
    })()
    return
  }
  calls[message.method](message.args).then(
    (result) => send({ id: message.id, result }),
    (err: unknown) =>
      send({
        error:
          err instanceof Error
            ? `${err.stack ?? err.message}${JSON.stringify((err as { data?: unknown }).data ?? '')}`
            : String(err),
        id: message.id,
      }),
  )
})
