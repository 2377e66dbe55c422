/**
 * The SQLite twin of seedSql.ts: the same published speakers, interviews and topics (same names,
 * slugs, topics, languages, fee bands, dates relative to now), bulk INSERTed into the tables Payload's
 * SQLite migrations create (src/migrations/sqlite), as Payload itself stores published documents:
 * the main row with `_status = 'published'`, the latest version in `_<collection>_v`, relationship
 * rows with `path` and `order` (`version.<field>` in the versions' rels), the slug registry's claims. Numbers come from one helper table of
 * 1..max(N, M) made by a recursive CTE (SQLite has no generate_series), dropped at the end.
 * `:N` stands for N speakers, `:M` for M interviews, `:T` for T topics, `:BODY` for a rich-text body,
 * `:FEES` for the fee bands (a JSON array, in the order of PostgreSQL's enum). Unlike PostgreSQL, SQLite
 * binds `||` tighter than `%`, hence the parentheses.
 */
import type { DatasetSize } from './config'

import { feeBands } from '../../src/vocabulary/options'
import { seedStatements } from './seedSql'

/** An ISO instant `minutes` before now, as Payload's SQLite adapter stores dates. */
const minutesAgo = (minutes: string): string =>
  `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (${minutes}) || ' minutes')`

const statements: string[] = [
  `CREATE TEMP TABLE bench_n (i INTEGER PRIMARY KEY)`,
  `INSERT INTO bench_n (i)
   WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < max(:N, :M) + 1)
   SELECT i FROM s`,

  `INSERT INTO topics (id, name, slug, description, parent_id, created_at, updated_at)
   SELECT t, 'Topic ' || t, 'topic-' || t, 'Speakers and interviews about topic ' || t,
          CASE WHEN t > 10 THEN 1 + t % 10 END, ${minutesAgo('0')}, ${minutesAgo('0')}
   FROM (SELECT i AS t FROM bench_n WHERE i <= :T)`,

  `INSERT INTO speakers (id, name, slug, job_title, organization, short_bio, bio,
     travels_from_city, travels_from_country, fee_band, featured, published_at, created_at,
     updated_at, _status, review_state)
   SELECT i, 'Speaker ' || i, 'speaker-' || i,
          json_extract('["Professor","Journalist","Founder","Analyst","Author"]', '$[' || (i % 5) || ']'),
          'Organisation ' || (i % 997),
          'Speaker ' || i || ' talks about the internet, media and society in Asia and Europe.',
          :BODY, 'City ' || (i % 211), 'Country ' || (i % 53),
          json_extract(:FEES, '$[' || (i % 8) || ']'), i % 50 = 0, ts, ts, ts,
          'published', 'approved'
   FROM (SELECT i, ${minutesAgo(':N - i + 60')} AS ts FROM bench_n WHERE i <= :N)`,

  `INSERT INTO speakers_languages ("order", parent_id, value)
   SELECT k, i, CASE k WHEN 1 THEN 'en' ELSE 'zh' END
   FROM bench_n s, (SELECT 1 AS k UNION ALL SELECT 2) WHERE i <= :N AND (k = 1 OR i % 3 = 0)
   ORDER BY i, k`,

  `INSERT INTO speakers_rels ("order", parent_id, path, topics_id)
   SELECT j, i, 'topics', 1 + (7 * i + 13 * j) % :T
   FROM bench_n s, (SELECT 1 AS j UNION ALL SELECT 2 UNION ALL SELECT 3)
   WHERE i <= :N AND j <= 1 + i % 3
   ORDER BY i, j`,

  `INSERT INTO interviews (id, title, slug, source_publication, source_original_date, excerpt,
     body, published_at, created_at, updated_at, _status, review_state)
   SELECT j, 'Interview ' || j || ': the internet in ' || (2000 + j % 25), 'interview-' || j,
          'The Daily ' || (j % 17), ${minutesAgo(':M - j + 43200')},
          'What speaker ' || (1 + (j - 1) % :N) || ' said about the web in ' || (2000 + j % 25),
          :BODY, ts, ts, ts, 'published', 'approved'
   FROM (SELECT i AS j, ${minutesAgo(':M - i')} AS ts FROM bench_n WHERE i <= :M)`,

  `INSERT INTO interviews_rels ("order", parent_id, path, speakers_id, topics_id)
   SELECT 1, j, 'speakers', 1 + (j - 1) % :N, NULL FROM (SELECT i AS j FROM bench_n WHERE i <= :M)
   UNION ALL
   SELECT 2, j, 'speakers', 1 + (31 * j) % :N, NULL FROM (SELECT i AS j FROM bench_n WHERE i <= :M)
   WHERE j % 4 = 0 AND (31 * j) % :N <> (j - 1) % :N
   UNION ALL
   SELECT 1, j, 'topics', NULL, 1 + j % :T FROM (SELECT i AS j FROM bench_n WHERE i <= :M)`,

  // One draft speaker (never published): search must not find it.
  `INSERT INTO speakers (id, name, slug, _status, review_state)
   VALUES (:N + 1, 'Draft Speaker', 'bench-draft-speaker', 'draft', 'draft')`,

  // The latest version of each document, as Payload keeps it (version id = document id here).
  `INSERT INTO _speakers_v (id, parent_id, version_name, version_slug, version_job_title,
     version_organization, version_short_bio, version_bio, version_travels_from_city,
     version_travels_from_country, version_fee_band, version_featured, version_published_at,
     version_created_at, version_updated_at, version__status, version_review_state, latest,
     created_at, updated_at)
   SELECT id, id, name, slug, job_title, organization, short_bio, bio, travels_from_city,
          travels_from_country, fee_band, featured, published_at, created_at, updated_at, _status,
          review_state, 1, updated_at, updated_at
   FROM speakers`,
  `INSERT INTO _speakers_v_version_languages ("order", parent_id, value)
   SELECT "order", parent_id, value FROM speakers_languages ORDER BY id`,
  // A version's relationships are stored under `version.<field>`.
  `INSERT INTO _speakers_v_rels ("order", parent_id, path, topics_id)
   SELECT "order", parent_id, 'version.' || path, topics_id FROM speakers_rels ORDER BY id`,
  `INSERT INTO _interviews_v (id, parent_id, version_title, version_slug,
     version_source_publication, version_source_original_date, version_excerpt, version_body,
     version_published_at, version_created_at, version_updated_at, version__status,
     version_review_state, latest, created_at, updated_at)
   SELECT id, id, title, slug, source_publication, source_original_date, excerpt, body,
          published_at, created_at, updated_at, _status, review_state, 1, updated_at, updated_at
   FROM interviews`,
  `INSERT INTO _interviews_v_rels ("order", parent_id, path, speakers_id, topics_id)
   SELECT "order", parent_id, 'version.' || path, speakers_id, topics_id FROM interviews_rels
   ORDER BY id`,

  `INSERT INTO slug_claims (key, collection, slug)
   SELECT 'speakers:' || slug, 'speakers', slug FROM speakers
   UNION ALL SELECT 'interviews:' || slug, 'interviews', slug FROM interviews
   UNION ALL SELECT 'topics:' || slug, 'topics', slug FROM topics`,

  `DROP TABLE bench_n`,
]

type Sizes = DatasetSize & { topics: number }

const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`

/** seedSql.ts's rich-text body as a quoted literal, taken from its statements: both seeds store one. */
const bodyLiteral = (): string => {
  const [, speakers] = seedStatements({ interviews: 1, speakers: 1, topics: 1 })
  const body = /('\{"root".*?\}')::jsonb/s.exec(speakers)?.[1]
  if (!body) throw new Error("seedSql.ts's speaker statement has no rich-text body")
  return body
}

/** The statements with the sizes (integers), the body and the fee bands (quoted literals) filled in. */
export const sqliteSeedStatements = ({ interviews, speakers, topics }: Sizes): string[] => {
  for (const n of [interviews, speakers, topics])
    if (!Number.isInteger(n) || n < 1) throw new Error(`bench sizes must be positive integers`)
  const body = bodyLiteral()
  const fees = literal(JSON.stringify(feeBands.map(({ value }) => value)))
  return statements.map((sql) =>
    sql
      .replace(/:N\b/g, String(speakers))
      .replace(/:M\b/g, String(interviews))
      .replace(/:T\b/g, String(topics))
      .replace(/:BODY\b/g, body)
      .replace(/:FEES\b/g, fees),
  )
}

const orphans = (table: string, column: string, target: string): string =>
  `SELECT count(*) AS n FROM ${table} r LEFT JOIN ${target} t ON t.id = r.${column}
   WHERE r.${column} IS NOT NULL AND t.id IS NULL`

/** What must count 0 after seeding: references to rows that do not exist, or missing rows. */
export const sqliteIntegrityChecks = ({
  interviews,
  speakers,
  topics,
}: Sizes): [string, string][] => [
  ['speakers_rels without their speaker', orphans('speakers_rels', 'parent_id', 'speakers')],
  ['speakers_rels without their topic', orphans('speakers_rels', 'topics_id', 'topics')],
  [
    'interviews_rels without their interview',
    orphans('interviews_rels', 'parent_id', 'interviews'),
  ],
  ['interviews_rels without their speaker', orphans('interviews_rels', 'speakers_id', 'speakers')],
  ['interviews_rels without their topic', orphans('interviews_rels', 'topics_id', 'topics')],
  ['topics without their parent', orphans('topics', 'parent_id', 'topics')],
  [
    'speakers missing',
    `SELECT ${speakers} - count(*) AS n FROM speakers WHERE _status = 'published'`,
  ],
  ['interviews missing', `SELECT ${interviews} - count(*) AS n FROM interviews`],
  ['topics missing', `SELECT ${topics} - count(*) AS n FROM topics`],
  [
    'speakers without a fee band',
    `SELECT count(*) AS n FROM speakers WHERE id <= ${speakers} AND fee_band IS NULL`,
  ],
]

/** libsql's client, as db-sqlite holds it (`payload.db.client`): what runs the statements. */
export type LibsqlClient = {
  batch: (statements: string[], mode: 'write') => Promise<unknown>
  execute: (
    query: string | { args: unknown[]; sql: string },
  ) => Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * Fills a migrated, empty SQLite database with the bench's documents in one write transaction, checks
 * every reference, then ANALYZE (as a long-lived database would have run): seconds taken.
 */
export const seedSqlite = async (client: LibsqlClient, sizes: Sizes): Promise<number> => {
  const started = performance.now()
  await client.batch(sqliteSeedStatements(sizes), 'write')
  for (const [what, sql] of sqliteIntegrityChecks(sizes)) {
    const { rows } = await client.execute(sql)
    if (Number(rows[0].n) !== 0) throw new Error(`SQLite seeding left ${rows[0].n} ${what}`)
  }
  await client.execute('ANALYZE')
  return (performance.now() - started) / 1000
}
