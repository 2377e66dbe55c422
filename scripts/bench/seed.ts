import type { DatasetSize } from './config'
import { withClient } from './databases'
import { integrityChecks, seedStatements } from './seedSql'

export type Dataset = DatasetSize & {
  /** Seconds the bulk INSERTs, checks and ANALYZE took. */
  seededInS: number
  topics: number
  uri: string
}

/**
 * Fills a migrated, empty database with published speakers, interviews and topics by bulk SQL in one
 * transaction. Foreign-key triggers are off while it loads (`session_replication_role = replica`, a
 * bulk-load setting of PostgreSQL), so every reference is checked afterwards instead; then VACUUM
 * ANALYZE, as autovacuum soon would on a live database: the planner knows the table sizes, and the
 * visibility map is set, so index-only scans can be used (as they can on a database in use).
 */
export const seedDataset = async (
  uri: string,
  size: DatasetSize,
  topics: number,
): Promise<Dataset> => {
  const started = performance.now()
  await withClient(uri, async (client) => {
    await client.query('BEGIN')
    await client.query('SET LOCAL session_replication_role = replica')
    for (const sql of seedStatements({ ...size, topics })) await client.query(sql)
    for (const [what, sql] of integrityChecks) {
      const { rows } = await client.query<{ n: string }>(sql)
      if (Number(rows[0].n) !== 0) throw new Error(`seeding left ${rows[0].n} ${what}`)
    }
    await client.query('COMMIT')
    await client.query('VACUUM ANALYZE')
  })
  return { ...size, seededInS: (performance.now() - started) / 1000, topics, uri }
}
