/** What searchPhase.ts and its child processes (searchChild.ts) say to each other over IPC. */
import type { DatasetSize } from './config'

export type SearchAdapter = 'postgres' | 'sqlite'

/** Where the index lives (the plugin's search.engine). */
export type SearchEngineName = 'database' | 'portable'

/**
 * The doc id of an entry searchPhase.ts puts in an empty index before Payload starts on a seeded
 * database, so that the start (ensureSearchIndex) does not build the index itself: the bench fills
 * it, timed, and removes the entry.
 */
export const PLACEHOLDER_DOC_ID = 'bench-placeholder'

export type SearchSizes = DatasetSize & { topics: number }

export type ChildCalls = {
  /** Answers of each path, once: what the bench checks before measuring. */
  check: (args: { paths: string[] }) => Promise<CheckedAnswer[]>
  /**
   * The SQL one request of each path runs, each statement timed alone (median of `runs`), the
   * search index's with their plans; and the endpoint's stages timed in-process.
   */
  explain: (args: { paths: string[]; runs: number }) => Promise<ExplainedSearch[]>
  /**
   * `iterations` requests of each path, one at a time: their latencies. With `maxSeconds`, a path
   * stops early once that long has passed (after 5 requests at least).
   */
  measure: (args: {
    iterations: number
    maxSeconds?: number
    paths: string[]
  }) => Promise<MeasuredPath[]>
  /**
   * `iterations` requests of each path under the V8 CPU profiler, each path's profile written to
   * `dir` (`<n>.cpuprofile`, for Chrome's DevTools).
   */
  profile: (args: { dir: string; iterations: number; paths: string[] }) => Promise<string[]>
  /**
   * Boots Payload on the database (migrating it); then, unless `migrateOnly`, seeds it when `seed`
   * is given (SQLite), and with `fill` rebuilds the search index by `reindexSearch` (timed) and
   * removes the bench's placeholder entry (PLACEHOLDER_DOC_ID).
   */
  prepare: (args: {
    fill?: boolean
    migrateOnly?: boolean
    seed?: SearchSizes
  }) => Promise<PreparedIndex>
  /** The process's memory once every search has run (the portable index's copy included). */
  memory: (args: Record<string, never>) => Promise<{ heapUsedMB: number; rssMB: number }>
  /** Saves with the search hook and without it, alternately: see PublishFigures. */
  publish: (args: {
    count: number
    kind: PublishKind
    sizes: SearchSizes
  }) => Promise<PublishFigures>
}

export type ChildMethod = keyof ChildCalls

export type ChildMessage =
  { error: string; id: number } | { id: number; result: unknown } | { progress: string }

export type PreparedIndex = {
  /** Rows of the index after the fill. */
  entries: { interviews: number; speakers: number; values: number; variants: number }
  /** Seconds of `reindexSearch` (`npm run search:reindex`): Payload's reads, the engine's writes. */
  fillS: number
  /** Seconds of the SQLite bulk seed (with its checks and ANALYZE). */
  seededS?: number
  /** Seconds of VACUUM ANALYZE (PostgreSQL) or ANALYZE (SQLite) of the index's tables afterwards. */
  vacuumS: number
}

export type CheckedAnswer = {
  facets: Record<string, number>
  firstSlug: null | string
  path: string
  status: number
  totalDocs: number
}

export type MeasuredPath = { failed: number; latencies: number[]; path: string }

export type ExplainedStatement = {
  /** page, count, facet: topics, …, or what else the request read (topics, cards, typos). */
  label: string
  /** Median milliseconds of the statement run alone, with the request's parameters. */
  ms: number
  /** EXPLAIN ANALYZE (PostgreSQL) or EXPLAIN QUERY PLAN (SQLite); only for the index's statements. */
  plan?: string
  sql: string
  /** It matches words against the index's text (tsvector or FTS5). */
  textMatch: boolean
}

export type ExplainedSearch = {
  path: string
  /** Median milliseconds of the endpoint's stages, called in-process (see searchChild.ts). */
  stages: { loadTopics: number; planSearch: number; request: number; search: number }
  statements: ExplainedStatement[]
}

export type PublishKind = 'interview edit' | 'speaker edit' | 'speaker first publish'

/**
 * Milliseconds of each `payload.update` publishing a document, with the search hook
 * (syncSearchIndex) and with it skipped, alternately on different documents; and the hook's own
 * time in each save that ran it.
 */
export type PublishFigures = {
  hook: number[]
  kind: PublishKind
  withoutSearch: number[]
  withSearch: number[]
}
