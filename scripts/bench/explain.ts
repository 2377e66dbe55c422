import { spawnSync } from 'node:child_process'

import type { ExplainedProbe } from './explainChild'

/** The tables that grow with the data: a read of one of them must be narrowed by an index. */
const largeTables = ['speakers', 'speakers_rels', 'interviews', 'interviews_rels']

export type PlanVerdict = {
  /** Indexes that narrowed reads of large tables: by a condition, or walked in order, stopping early. */
  indexes: string[]
  ok: boolean
  /** Reads of a large table with no index condition that did not stop early (under a quarter of it). */
  unindexed: string[]
}

const scanNode =
  /(Seq Scan|Index Scan|Index Only Scan|Bitmap Heap Scan)(?: Backward)?(?: using (\S+))? on (\S+)/

/**
 * Every scan of a large table in the plans: is it narrowed by an `Index Cond`/`Recheck Cond`, or does
 * it stop early (it read under a quarter of the table, as an ordered scan under a LIMIT does)?
 */
export const judgePlans = (
  probe: ExplainedProbe,
  tableRows: Record<string, number>,
): PlanVerdict => {
  const indexes = new Set<string>()
  const unindexed: string[] = []
  for (const { plan } of probe.statements) {
    const lines = plan.split('\n')
    lines.forEach((line, i) => {
      const match = scanNode.exec(line)
      if (!match || !largeTables.includes(match[3])) return
      const [, kind, index, table] = match
      const details: string[] = []
      for (const next of lines.slice(i + 1)) {
        if (/^\s*(->|SubPlan|InitPlan|Planning|Execution|Worker)/.test(next)) break
        details.push(next.trim())
      }
      const loops = Number(/loops=(\d+)/.exec(line)?.[1] ?? 1)
      const rows = Number(/actual time=\S+ rows=(\d+)/.exec(line)?.[1] ?? 0)
      const removed = Number(
        details.find((d) => d.startsWith('Rows Removed by Filter'))?.split(':')[1] ?? 0,
      )
      const read = (rows + removed) * loops
      const narrowed = details.some((d) => /^(Index Cond|Recheck Cond):/.test(d))
      const stoppedEarly = read <= 0.25 * (tableRows[table] ?? 0)
      if (index && (narrowed || stoppedEarly)) indexes.add(index)
      if (kind === 'Bitmap Heap Scan' && narrowed) return
      if (!narrowed && !stoppedEarly)
        unindexed.push(`${kind}${index ? ` using ${index}` : ''} on ${table} (${read} rows read)`)
    })
  }
  const bitmapIndexes = probe.statements.flatMap(({ plan }) =>
    [...plan.matchAll(/Bitmap Index Scan on (\S+)/g)].map((m) => m[1]),
  )
  for (const index of bitmapIndexes) indexes.add(index)
  return { indexes: [...indexes], ok: unindexed.length === 0, unindexed }
}

/**
 * The SQL Payload runs for each probe (a REST GET, anonymous) and its EXPLAIN ANALYZE plan, from
 * explainChild.ts in its own process on `databaseUri`.
 */
export const explainProbes = (
  databaseUri: string,
  probes: { name: string; path: string }[],
): ExplainedProbe[] => {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=production', 'scripts/bench/explainChild.ts'],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        BENCH_PROBES: JSON.stringify(probes),
        DATABASE_URI: databaseUri,
        JOBS_AUTORUN: 'false',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        NODE_OPTIONS: '',
      },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 180_000,
    },
  )
  const last = result.stdout?.trim().split('\n').pop() ?? ''
  if (result.status !== 0 || !last.startsWith('['))
    throw new Error(`explainChild failed (${result.status}):\n${result.stderr}`)
  return JSON.parse(last) as ExplainedProbe[]
}

const shorten = (sql: string, max = 240): string =>
  sql.length > max ? `${sql.slice(0, max)}… (${sql.length} characters)` : sql

/** Prints each probe's statements (SQL shortened) with their plans, then the verdict. */
export const printPlans = (probes: ExplainedProbe[], verdicts: PlanVerdict[]): void => {
  probes.forEach((probe, p) => {
    console.log(`\n### EXPLAIN ANALYZE: ${probe.name} — GET /api${probe.path} (${probe.status})`)
    probe.statements.forEach(({ plan, sql }, i) => {
      console.log(`\n-- statement ${i + 1} of ${probe.statements.length}: ${shorten(sql)}`)
      console.log(plan)
    })
    const verdict = verdicts[p]
    console.log(
      `\n=> indexes used on large tables: ${verdict.indexes.join(', ') || 'none'}; ` +
        `unindexed reads (no index condition, not stopped early): ${verdict.unindexed.join('; ') || 'none'}`,
    )
  })
}
