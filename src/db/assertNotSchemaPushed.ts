import { createClient } from '@libsql/client'
import pg from 'pg'

import type { DatabaseTarget } from './resolveDatabaseTarget'

const DEV_PUSH_MARKER = 'SELECT 1 FROM payload_migrations WHERE batch = -1 LIMIT 1'

const hasDevPushMarker = async ({ kind, url }: DatabaseTarget): Promise<boolean> => {
  if (kind === 'sqlite') {
    // libsql reads the URL itself. A database it cannot open (a folder not made yet on a first
    // start) holds no pushed schema: the config makes the folder, and Payload reports any other
    // reason it cannot open the file.
    let client: ReturnType<typeof createClient>
    try {
      client = createClient({ url })
    } catch {
      return false
    }
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
