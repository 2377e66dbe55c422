import { createClient } from '@libsql/client'
import fs from 'node:fs'
import pg from 'pg'

import type { DatabaseTarget } from './resolveDatabaseTarget'

import { sqliteFilePath } from './sqliteFilePath'

const DEV_PUSH_MARKER = 'SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1'

const hasDevPushMarker = async ({ kind, url }: DatabaseTarget): Promise<boolean> => {
  if (kind === 'sqlite') {
    // A file (or its folder) not there yet is a fresh database: opening it would create it.
    const file = sqliteFilePath(url)
    if (file && !fs.existsSync(file)) return false
    const client = createClient({ url })
    try {
      return (await client.execute(DEV_PUSH_MARKER)).rows.length > 0
    } catch {
      return false // no migrations table yet: a fresh database
    } finally {
      client.close()
    }
  }
  if (kind === 'postgres') {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      return ((await client.query(DEV_PUSH_MARKER)).rowCount ?? 0) > 0
    } catch {
      return false
    } finally {
      await client.end()
    }
  }
  return false // MongoDB has no schema to push
}

/**
 * A SQL database that `npm run dev` set up by schema push cannot take production migrations: Payload
 * would ask on the terminal whether to lose data and, with nobody to answer, exit 0 silently. Refuse
 * with a message that says what to do instead.
 */
export const assertNotSchemaPushed = async (target: DatabaseTarget): Promise<void> => {
  if (!(await hasDevPushMarker(target))) return
  throw new Error(
    `The database ${target.url} was set up by \`npm run dev\` (schema push) and cannot be migrated for production: point DATABASE_URI (or DATA_DIR) at a fresh database.`,
  )
}
