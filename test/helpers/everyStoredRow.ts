import type { Payload } from 'payload'

import { sql as postgresSql } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql } from '@payloadcms/db-sqlite/drizzle'

type Row = Record<string, unknown>
type Drizzle = {
  execute?: (query: unknown) => Promise<unknown>
  run?: (query: unknown) => Promise<unknown>
}

const rowsOf = (result: unknown): Row[] => (result as { rows: Row[] }).rows

/**
 * Every row of every table (SQLite, PostgreSQL) or document of every collection (MongoDB) in the
 * database, each as one JSON text with its table's name: what a search for a person's data must
 * come up empty in, whatever store it was written to (ours, Payload's, the search index's).
 */
export const everyStoredRow = async (
  payload: Payload,
): Promise<{ table: string; text: string }[]> => {
  const found: { table: string; text: string }[] = []
  if (payload.db.name === 'mongoose') {
    const db = (payload.db as unknown as { connection: { db: any } }).connection.db
    for (const { name } of await db.listCollections().toArray()) {
      for (const doc of await db.collection(name).find({}).toArray())
        found.push({ table: name, text: JSON.stringify(doc) })
    }
    return found
  }
  const drizzle = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  const run = (query: unknown) => (drizzle.execute ?? drizzle.run)!.call(drizzle, query)
  const isSqlite = payload.db.name === 'sqlite'
  const tables = isSqlite
    ? rowsOf(await run(sqliteSql`SELECT name FROM sqlite_master WHERE type = 'table'`)).map(
        ({ name }) => String(name),
      )
    : rowsOf(
        await run(
          postgresSql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`,
        ),
      ).map(({ name }) => String(name))
  for (const table of tables) {
    const query = isSqlite
      ? sqliteSql.raw(`SELECT * FROM "${table}"`)
      : postgresSql.raw(`SELECT * FROM "${table}"`)
    for (const row of rowsOf(await run(query))) found.push({ table, text: JSON.stringify(row) })
  }
  return found
}
