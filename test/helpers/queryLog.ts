import type pg from 'pg'

export type LoggedQuery = { params: unknown[]; sql: string }

/**
 * Drizzle's query logger for Payload's SQL adapters, off until `capture` runs: the SELECTs Payload
 * sends for one piece of work, with their parameters, to EXPLAIN them (`npm run bench`, the index
 * tests). Pass `logger` to `postgresAdapter({ logger })`.
 */
export const createQueryLog = () => {
  let log: LoggedQuery[] | null = null
  return {
    /** The SELECTs (and WITH queries) sent while `run` ran. */
    capture: async (run: () => Promise<unknown>): Promise<LoggedQuery[]> => {
      log = []
      try {
        await run()
        return log.filter(({ sql }) => /^\s*(select|with)\b/i.test(sql))
      } finally {
        log = null
      }
    },
    logger: { logQuery: (sql: string, params: unknown[]) => void log?.push({ params, sql }) },
  }
}

/** `EXPLAIN (ANALYZE, COSTS OFF)` of each query, with its parameters, on `client`. */
export const explainQueries = async (
  client: pg.Client,
  queries: LoggedQuery[],
): Promise<{ plan: string; sql: string }[]> => {
  const explained = []
  for (const { params, sql } of queries) {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, COSTS OFF) ${sql}`,
      params,
    )
    explained.push({ plan: rows.map((row) => row['QUERY PLAN']).join('\n'), sql })
  }
  return explained
}
