import type { Row } from './report'
import type { ExplainedSearch, ExplainedStatement, SearchAdapter } from './searchTypes'

import { percentile } from '../load/stats'
import { ms, ratio } from './report'
import {
  PUBLISH_EXTRA_TARGET_MS,
  SEARCH_P95_TARGET_MS,
  SEARCH_SCALING_TARGET,
  searchQueries,
} from './searchConfig'
import { type AdapterFigures, figuresName, k, type SearchPhase } from './searchPhase'

/** The index each adapter's text search must go through. */
const textIndex: Record<SearchAdapter, { name: string; used: RegExp }> = {
  postgres: {
    name: 'a GIN index on body_tsv',
    used: /Bitmap Index Scan on (sb_search_\w+_body_idx)\b/,
  },
  sqlite: {
    name: 'an FTS5 table',
    used: /\b(sb_search_text\w*) VIRTUAL TABLE INDEX\b/,
  },
}

/** Reads of a whole entries or values table: PostgreSQL's Seq Scan, SQLite's SCAN. */
const fullScans = (adapter: SearchAdapter, plan: string): string[] =>
  adapter === 'postgres'
    ? [...plan.matchAll(/Seq Scan on (sb_search_(?:entries|values))/g)].map(
        (m) => `Seq Scan on ${m[1]}`,
      )
    : [...plan.matchAll(/^\s*(SCAN (?:e|v|sb_search_entries|sb_search_values)\b[^\n]*)$/gm)].map(
        (m) => m[1].trim(),
      )

export type IndexVerdict = {
  fullScans: string[]
  /** The text indexes the plans name. */
  indexes: string[]
  /** Text-matching statements that did not go through the index (`q1 facet: topics`). */
  notUsing: string[]
  ok: boolean
  textStatements: number
  used: number
}

/**
 * Do the text-matching statements of every judged query on the large dataset use the index (the
 * GIN index on body_tsv, or the FTS5 table), rather than testing the words row by row on rows found
 * otherwise? And does any statement read a whole entries or values table?
 */
export const judgeIndexUse = ({ adapter, explained }: AdapterFigures): IndexVerdict => {
  const statements = explained.large.flatMap(({ statements }, q) =>
    statements.map((statement) => ({ ...statement, label: `q${q + 1} ${statement.label}` })),
  )
  const text = statements.filter(({ textMatch }) => textMatch)
  const notUsing = text
    .filter(({ plan }) => !textIndex[adapter].used.test(plan ?? ''))
    .map(({ label }) => label)
  const scans = [
    ...new Set(
      statements.flatMap(({ label, plan }) =>
        plan ? fullScans(adapter, plan).map((scan) => `${label}: ${scan}`) : [],
      ),
    ),
  ]
  const indexes = new Set(
    text.flatMap(({ plan }) =>
      [...(plan ?? '').matchAll(new RegExp(textIndex[adapter].used, 'g'))].map((m) => m[1]),
    ),
  )
  return {
    fullScans: scans,
    indexes: [...indexes],
    notUsing,
    ok: text.length > 0 && notUsing.length === 0 && scans.length === 0,
    textStatements: text.length,
    used: text.length - notUsing.length,
  }
}

const p = (values: number[], n: number): number => percentile(values, n)

const statementLine = (adapter: SearchAdapter, s: ExplainedStatement): string => {
  const used = textIndex[adapter].used.exec(s.plan ?? '')?.[1]
  const index = s.textMatch ? (used ? ` [${used}]` : ' [TEXT INDEX NOT USED]') : ''
  return `    ${s.ms.toFixed(2).padStart(8)} ms  ${s.label}${index}`
}

const printExplained = (adapter: SearchAdapter, size: string, search: ExplainedSearch) => {
  const { loadTopics, planSearch, request, search: engine } = search.stages
  console.log(
    `\n  ${size}: GET /api${search.path}\n    stages (median): request ${ms(request)}; ` +
      `loadTopics ${ms(loadTopics)}, planSearch (typo lookups) ${ms(planSearch)}, ` +
      `engine.search (one statement) ${ms(engine)}, the rest ` +
      `(parsing, Payload's find of the page's cards, JSON) ${ms(request - loadTopics - planSearch - engine)}` +
      `\n    each statement alone (median), in the order sent:`,
  )
  for (const statement of search.statements) console.log(statementLine(adapter, statement))
  const engineSql = search.statements.filter(({ label }) => label.startsWith('search'))
  if (engineSql.length === 0) return
  console.log(
    `    engine.search's ${engineSql.length} statement(s) one after another: ` +
      `${ms(engineSql.reduce((sum, s) => sum + s.ms, 0))}; the slowest alone: ` +
      `${ms(Math.max(...engineSql.map((s) => s.ms)))}`,
  )
}

const shorten = (sql: string, max = 300): string =>
  sql.length > max ? `${sql.slice(0, max)}… (${sql.length} characters)` : sql

/** Per adapter: where each query's time goes, on both sizes, and the large size's plans. */
export const printSearchDetails = ({ adapters }: SearchPhase): void => {
  for (const figures of adapters) {
    const { adapter, datasets, engine, explained } = figures
    const name = figuresName(figures)
    console.log(
      `\n### search on ${name}: statements timed alone` +
        (engine === 'portable'
          ? ' (the words are matched in memory: no statement reads the index but its changes)'
          : ` and ${adapter === 'postgres' ? 'EXPLAIN (ANALYZE)' : 'EXPLAIN QUERY PLAN'}`),
    )
    searchQueries.forEach((query, q) => {
      console.log(`\n- q${q + 1} ${query.label}`)
      for (const size of ['small', 'large'] as const)
        printExplained(adapter, `${k(datasets[size].sizes.speakers)} speakers`, explained[size][q])
    })
    if (engine === 'portable') continue
    console.log(`\n#### ${name} plans at ${k(datasets.large.sizes.speakers)} speakers`)
    searchQueries.forEach((query, q) => {
      for (const statement of explained.large[q].statements.filter(({ plan }) => plan)) {
        console.log(
          `\n-- q${q + 1} ${statement.label} (${ms(statement.ms)}): ${shorten(statement.sql)}`,
        )
        console.log(statement.plan)
      }
    })
    const verdict = judgeIndexUse(figures)
    console.log(
      `\n=> ${name}: ${verdict.indexes.join(', ') || textIndex[adapter].name} used by ${verdict.used} of ` +
        `${verdict.textStatements} text-matching statements (not by: ` +
        `${verdict.notUsing.join(', ') || 'none'}); whole-table reads of the index: ` +
        `${verdict.fullScans.join('; ') || 'none'}`,
    )
  }
}

/** The search phase's rows of the final table (S1–S4 and its failures). */
export const searchRows = ({ adapters }: SearchPhase): Row[] => {
  const rows: Row[] = []
  let failed = 0
  let total = 0
  for (const figures of adapters) {
    const { adapter, datasets, engine, memory, publishes, queries } = figures
    const name = figuresName(figures)
    const [large, small] = [datasets.large.sizes, datasets.small.sizes]
    for (const [q, { large: atLarge, query, small: atSmall }] of queries.entries()) {
      failed += atLarge.failed + atSmall.failed
      total += atLarge.latencies.length + atSmall.latencies.length + atLarge.failed + atSmall.failed
      const [p95Large, p95Small] = [p(atLarge.latencies, 95), p(atSmall.latencies, 95)]
      const r = p95Large / p95Small
      rows.push(
        {
          metric: `S1 ${name} search q${q + 1} (${query.label}): p95 at ${k(large.speakers)} speakers`,
          pass: query.judged ? p95Large <= SEARCH_P95_TARGET_MS : null,
          target: `≤ ${SEARCH_P95_TARGET_MS} ms`,
          value: `${ms(p95Large)} (p50 ${ms(p(atLarge.latencies, 50))}, ${atLarge.latencies.length} requests)`,
        },
        {
          metric: `S1 ${name} search q${q + 1}: p95 ${k(large.speakers)} / ${k(small.speakers)} speakers`,
          pass: query.judged ? r <= SEARCH_SCALING_TARGET : null,
          target: `≤ ${SEARCH_SCALING_TARGET.toFixed(2)}`,
          value: `${ratio(r)} (${ms(p95Large)} / ${ms(p95Small)})`,
        },
      )
    }
    if (engine === 'database') {
      const verdict = judgeIndexUse(figures)
      rows.push({
        metric: `S2 ${name} search EXPLAIN at ${k(large.speakers)}: text matched through ${textIndex[adapter].name}`,
        pass: verdict.ok,
        target: 'every text match',
        value:
          `${verdict.used} of ${verdict.textStatements} statements (${verdict.indexes.join(', ')})` +
          (verdict.notUsing.length ? `; not: ${verdict.notUsing.join(', ')}` : '') +
          (verdict.fullScans.length ? `; whole-table reads: ${verdict.fullScans.join('; ')}` : ''),
      })
    } else {
      rows.push({
        metric: `S2 ${name} at ${k(large.speakers)}/${k(large.interviews)}: the search process's memory`,
        pass: null,
        target: 'info',
        value: `${memory.rssMB.toFixed(0)} MB resident (heap ${memory.heapUsedMB.toFixed(0)} MB), the copy in memory matching words`,
      })
    }
    for (const { hook, kind, withoutSearch, withSearch } of publishes) {
      const extra = p(withSearch, 50) - p(withoutSearch, 50)
      rows.push({
        metric: `S3 ${name} ${kind} at ${k(large.speakers)}: p50 extra over a save without search`,
        pass: extra <= PUBLISH_EXTRA_TARGET_MS,
        target: `≤ ${PUBLISH_EXTRA_TARGET_MS} ms`,
        value:
          `${ms(extra)} (${ms(p(withSearch, 50))} / ${ms(p(withoutSearch, 50))}; the hook ` +
          `p50 ${ms(p(hook, 50))}, p95 ${ms(p(hook, 95))})`,
      })
    }
    for (const size of ['large', 'small'] as const) {
      const { prepared, sizes } = datasets[size]
      const docs = prepared.entries.speakers + prepared.entries.interviews
      rows.push({
        metric: `S4 ${name} search:reindex of ${k(sizes.speakers)}/${k(sizes.interviews)}`,
        pass: null,
        target: 'info',
        value: `${prepared.fillS.toFixed(1)} s (${(docs / prepared.fillS).toFixed(0)} documents/s)`,
      })
    }
  }
  rows.push({
    metric: 'search requests not answered 200 (all runs)',
    pass: failed === 0,
    target: '0',
    value: `${failed} of ${total}`,
  })
  return rows
}
