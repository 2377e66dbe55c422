import { sql } from '@payloadcms/db-sqlite/drizzle'

import type { SqlDialect } from './sqlDialect'
import type { SearchableCollection, WordCondition } from './types'

import { META_TABLE_DDL, searchableName, sqlList } from './sqlDialect'

type LibsqlDb = {
  run: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
}

const quote = (term: string): string => `"${term.replace(/"/g, '""')}"`

/** An FTS5 query: `("zhou" OR "zhuo" OR "zhou"*) AND ("jie")`. */
const ftsQuery = (words: WordCondition[]): string =>
  words
    .map(
      ({ prefix, terms }) =>
        `(${[...terms.map(quote), ...(prefix ? [`${quote(prefix)}*`] : [])].join(' OR ')})`,
    )
    .join(' AND ')

/** Each collection's FTS5 table: a speaker search never walks the interviews' long texts. */
const textTable = (collection: SearchableCollection): string =>
  `sb_search_text_${searchableName(collection)}`

const ftsTable = (collection: SearchableCollection): string =>
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${textTable(collection)} USING fts5(name, body, content='', contentless_delete=1, prefix='2 3', tokenize='unicode61')`

/**
 * SQLite: an FTS5 table per collection without a copy of the text (`content=''`, deletable), prefix indexes for
 * type-ahead of two and three letters, rows keyed by the entry's id.
 */
export const sqliteDialect: SqlDialect = {
  analyze: ['ANALYZE sb_search_entries', 'ANALYZE sb_search_values', 'ANALYZE sb_search_variants'],
  // With words to match, the FTS5 table drives: `+` keeps SQLite from reading the collection's
  // entries by the index on collection and testing each against the match (its choice without
  // statistics: 50k rows for 10k matches).
  collectionIs: (collection, textMatched) =>
    sql.raw(`${textMatched ? '+' : ''}e.collection = '${searchableName(collection)}'`),
  ddl: [
    META_TABLE_DDL,
    `CREATE TABLE IF NOT EXISTS sb_search_entries (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      collection TEXT NOT NULL,
      doc_id TEXT NOT NULL,
      name_keys TEXT NOT NULL,
      sort_key TEXT NOT NULL,
      fee_band TEXT,
      featured INTEGER NOT NULL DEFAULT 0,
      country TEXT,
      published_at TEXT,
      topics TEXT NOT NULL DEFAULT '[]',
      languages TEXT NOT NULL DEFAULT '[]',
      UNIQUE (collection, doc_id)
    )`,
    `CREATE INDEX IF NOT EXISTS sb_search_entries_order_idx ON sb_search_entries (collection, featured, sort_key)`,
    `CREATE TABLE IF NOT EXISTS sb_search_values (
      entry_id INTEGER NOT NULL,
      kind TEXT NOT NULL,
      value TEXT NOT NULL,
      PRIMARY KEY (entry_id, kind, value)
    ) WITHOUT ROWID`,
    `CREATE INDEX IF NOT EXISTS sb_search_values_value_idx ON sb_search_values (kind, value, entry_id)`,
    `CREATE TABLE IF NOT EXISTS sb_search_variants (
      variant TEXT NOT NULL,
      term TEXT NOT NULL,
      PRIMARY KEY (variant, term)
    ) WITHOUT ROWID`,
    ftsTable('speakers'),
    ftsTable('interviews'),
  ],
  removeTexts: async (db, collection, entryIds) => {
    if (entryIds.length === 0) return
    await (db as LibsqlDb).run(
      sql`DELETE FROM ${sql.raw(textTable(collection))} WHERE rowid IN (${sqlList(entryIds)})`,
    )
  },
  rows: async (db, query) => (await (db as LibsqlDb).run(query)).rows,
  // SQLite lets one writer at a time into the file.
  serialized: (db, run) => run(db),
  tables: [
    textTable('speakers'),
    textTable('interviews'),
    'sb_search_values',
    'sb_search_variants',
    'sb_search_entries',
  ],
  textMatch: (collection, words, column) => {
    const query = ftsQuery(words)
    const table = sql.raw(textTable(collection))
    return sql`e.id IN (SELECT rowid FROM ${table} WHERE ${table} MATCH ${
      column === 'name' ? `{name} : (${query})` : query
    })`
  },
  valueList: {
    // A substring test of the JSON text, not json_each per row (3.8 → 0.7 ms over 10k matches):
    // `"7"` is found only as a whole element, as long as no element holds a quote, which ids
    // (integers on SQLite) and language codes never do.
    hasAny: (column, values) =>
      values.length
        ? sql`(${sql.join(
            values.map((value) => sql`instr(m.${sql.raw(column)}, ${JSON.stringify(value)}) > 0`),
            sql` OR `,
          )})`
        : sql`1 = 0`,
    matched: (column) =>
      sql`SELECT m.id, j.value FROM matched m, json_each(m.${sql.raw(column)}) j`,
    write: (values) => sql`${JSON.stringify(values)}`,
  },
  writeTexts: async (db, collection, texts) => {
    if (texts.length === 0) return
    await sqliteDialect.removeTexts(
      db,
      collection,
      texts.map(({ id }) => id),
    )
    await (db as LibsqlDb).run(
      sql`INSERT INTO ${sql.raw(textTable(collection))} (rowid, name, body) VALUES ${sql.join(
        texts.map(({ body, id, name }) => sql`(${id}, ${name}, ${body})`),
        sql`, `,
      )}`,
    )
  },
}
