import { sql } from '@payloadcms/db-sqlite/drizzle'

import { searchTermsOf } from './searchTermsOf'

type Run = (query: ReturnType<typeof sql>) => Promise<Record<string, any>[]>

/** `names`: where the table's `otherNames` are (Payload keeps a hasMany text field in `…_texts`). */
const TABLES = [
  {
    collection: 'speakers',
    columns: ['name', 'job_title', 'organization'],
    names: { path: 'otherNames', table: 'speakers_texts' },
    prefix: '',
    table: 'speakers',
  },
  {
    collection: 'speakers',
    columns: ['name', 'job_title', 'organization'],
    names: { path: 'version.otherNames', table: '_speakers_v_texts' },
    prefix: 'version_',
    table: '_speakers_v',
  },
  { collection: 'interviews', columns: ['title'], prefix: '', table: 'interviews' },
  { collection: 'interviews', columns: ['title'], prefix: 'version_', table: '_interviews_v' },
] as const

/** Each row's other names, in their order, by the row's id. */
const otherNamesOf = async (
  run: Run,
  names: { path: string; table: string } | undefined,
): Promise<Map<string, string[]>> => {
  const byParent = new Map<string, string[]>()
  if (!names) return byParent
  const rows = await run(
    sql`SELECT parent_id, text FROM ${sql.raw(`"${names.table}"`)} WHERE path = ${names.path} ORDER BY parent_id, "order"`,
  )
  for (const row of rows) {
    const parent = String(row.parent_id)
    byParent.set(parent, [...(byParent.get(parent) ?? []), String(row.text)])
  }
  return byParent
}

const camel = (column: string): string =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/**
 * For the migration that adds `searchTerms`: fills it on every document and version already
 * stored, in plain SQL on the columns that migration knows (`run` executes in its transaction).
 * The search index itself is built on the next start (see ensureSearchIndex).
 */
export const backfillSearchTerms = async (run: Run): Promise<void> => {
  for (const table of TABLES) {
    const { collection, columns, prefix } = table
    const otherNames = await otherNamesOf(run, 'names' in table ? table.names : undefined)
    const selected = columns.map((column) => sql.raw(`"${prefix}${column}" AS "${column}"`))
    const rows = await run(
      sql`SELECT id, ${sql.join(selected, sql`, `)} FROM ${sql.raw(`"${table.table}"`)}`,
    )
    for (const row of rows) {
      const data = {
        ...Object.fromEntries(columns.map((column) => [camel(column), row[column]])),
        otherNames: otherNames.get(String(row.id)) ?? [],
      }
      await run(
        sql`UPDATE ${sql.raw(`"${table.table}"`)} SET ${sql.raw(`"${prefix}search_terms"`)} = ${searchTermsOf(collection, data)} WHERE id = ${row.id}`,
      )
    }
  }
}
