import { sql } from '@payloadcms/db-sqlite'

import { searchTermsOf } from './searchTermsOf'

type Run = (query: ReturnType<typeof sql>) => Promise<Record<string, any>[]>

const TABLES = [
  {
    collection: 'speakers',
    columns: ['name', 'job_title', 'organization'],
    prefix: '',
    table: 'speakers',
  },
  {
    collection: 'speakers',
    columns: ['name', 'job_title', 'organization'],
    prefix: 'version_',
    table: '_speakers_v',
  },
  { collection: 'interviews', columns: ['title'], prefix: '', table: 'interviews' },
  { collection: 'interviews', columns: ['title'], prefix: 'version_', table: '_interviews_v' },
] as const

const camel = (column: string): string =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * For the migration that adds `searchTerms`: fills it on every document and version already
 * stored, in plain SQL on the columns that migration knows (`run` executes in its transaction).
 * The search index itself is built on the next start (see ensureSearchIndex).
 */
export const backfillSearchTerms = async (run: Run): Promise<void> => {
  for (const { collection, columns, prefix, table } of TABLES) {
    const selected = columns.map((column) => sql.raw(`"${prefix}${column}" AS "${column}"`))
    const rows = await run(
      sql`SELECT id, ${sql.join(selected, sql`, `)} FROM ${sql.raw(`"${table}"`)}`,
    )
    for (const row of rows) {
      const data = Object.fromEntries(columns.map((column) => [camel(column), row[column]]))
      await run(
        sql`UPDATE ${sql.raw(`"${table}"`)} SET ${sql.raw(`"${prefix}search_terms"`)} = ${searchTermsOf(collection, data)} WHERE id = ${row.id}`,
      )
    }
  }
}
