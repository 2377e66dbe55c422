import type { Payload } from 'payload'

type DrizzleAdapter = { tableNameMap?: Map<string, string>; tables?: Record<string, unknown> }

/**
 * A collection's drizzle table on a SQL adapter (its name as the adapter made it, with the host's
 * schema, column types and id defaults), for SQL of our own; undefined on MongoDB or before the
 * adapter has made its tables.
 */
export const drizzleTableOf = <Table = unknown>(
  payload: Payload,
  slug: string,
): Table | undefined => {
  const { tableNameMap, tables } = payload.db as unknown as DrizzleAdapter
  const snake = slug.replace(/-/g, '_')
  return tables?.[tableNameMap?.get(snake) ?? snake] as Table | undefined
}
