import { sql } from '@payloadcms/db-postgres/drizzle'

import type { SqlDialect } from './sqlDialect'

import { META_TABLE_DDL, searchableName } from './sqlDialect'
import type { WordCondition } from './types'

type PgDb = {
  execute: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
  transaction: <T>(run: (tx: PgDb) => Promise<T>) => Promise<T>
}

/** A tsquery: `(zhou | zhuo | zhou:*) & (jie)`; terms are `[a-z0-9]` only (see latinWords). */
const tsQuery = (words: WordCondition[]): string =>
  words
    .map(({ prefix, terms }) => `(${[...terms, ...(prefix ? [`${prefix}:*`] : [])].join(' | ')})`)
    .join(' & ')

/**
 * PostgreSQL: full-text search on the `simple` configuration (our terms are already normalised, no
 * stemming wanted) with GIN indexes; prefixes through `:*`.
 */
export const postgresDialect: SqlDialect = {
  analyze: ['ANALYZE sb_search_entries, sb_search_values, sb_search_variants'],
  // A literal, so that the planner picks the collection's partial index.
  collectionIs: (collection) => sql.raw(`e.collection = '${searchableName(collection)}'`),
  ddl: [
    META_TABLE_DDL,
    `CREATE TABLE IF NOT EXISTS sb_search_entries (
      id bigserial PRIMARY KEY,
      collection text NOT NULL,
      doc_id text NOT NULL,
      name_keys text NOT NULL,
      sort_key text NOT NULL,
      fee_band text,
      featured integer NOT NULL DEFAULT 0,
      country text,
      published_at text,
      topics text[] NOT NULL DEFAULT '{}',
      languages text[] NOT NULL DEFAULT '{}',
      name_tsv tsvector,
      body_tsv tsvector,
      UNIQUE (collection, doc_id)
    )`,
    // One index per collection: a speaker search never reads the interviews' postings (with both in
    // one index, a word every interview has made the bitmap lossy at 200k rows: 1.4 s).
    `DROP INDEX IF EXISTS sb_search_entries_body_idx`,
    `CREATE INDEX IF NOT EXISTS sb_search_speakers_body_idx ON sb_search_entries USING gin (body_tsv) WHERE collection = 'speakers'`,
    `CREATE INDEX IF NOT EXISTS sb_search_interviews_body_idx ON sb_search_entries USING gin (body_tsv) WHERE collection = 'interviews'`,
    `CREATE INDEX IF NOT EXISTS sb_search_entries_order_idx ON sb_search_entries (collection, featured, sort_key)`,
    `CREATE TABLE IF NOT EXISTS sb_search_values (
      entry_id bigint NOT NULL REFERENCES sb_search_entries (id) ON DELETE CASCADE,
      kind text NOT NULL,
      value text NOT NULL,
      PRIMARY KEY (entry_id, kind, value)
    )`,
    `CREATE INDEX IF NOT EXISTS sb_search_values_value_idx ON sb_search_values (kind, value, entry_id)`,
    `CREATE TABLE IF NOT EXISTS sb_search_variants (
      variant text NOT NULL,
      term text NOT NULL,
      PRIMARY KEY (variant, term)
    )`,
  ],
  inlineText: {
    columns: ['name_tsv', 'body_tsv'],
    values: ({ body, name }) => [
      sql`to_tsvector('simple', ${name}::text)`,
      sql`to_tsvector('simple', ${body}::text)`,
    ],
  },
  removeTexts: async () => {},
  rows: async (db, query) => (await (db as PgDb).execute(query)).rows,
  // A transaction holding an advisory lock: the others wait for it, then find the tables made.
  serialized: (db, run) =>
    (db as PgDb).transaction(async (tx) => {
      await tx.execute(sql.raw(`SELECT pg_advisory_xact_lock(hashtext('sb_search_ddl'))`))
      await run(tx)
    }),
  tables: ['sb_search_values', 'sb_search_variants', 'sb_search_entries'],
  valueList: {
    hasAny: (column, values) =>
      values.length ? sql`m.${sql.raw(column)} && ${sql.param(values)}::text[]` : sql`1 = 0`,
    matched: (column) => sql`SELECT m.id, unnest(m.${sql.raw(column)}) AS value FROM matched m`,
    write: (values) => sql`${sql.param(values)}::text[]`,
  },
  textMatch: (_collection, words, column) =>
    column === 'name'
      ? sql`e.name_tsv @@ to_tsquery('simple', ${tsQuery(words)})`
      : sql`e.body_tsv @@ to_tsquery('simple', ${tsQuery(words)})`,
  writeTexts: async () => {},
}
