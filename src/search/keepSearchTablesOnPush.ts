import type { DatabaseAdapterObj } from 'payload'

import { SEARCH_TABLE_PREFIX } from './engine/sqlDialect'

type PushResult = {
  hasDataLoss: boolean
  statementsToExecute: string[]
  warnings: string[]
}

type DrizzleKit = { pushSchema: (...args: unknown[]) => Promise<PushResult> }

const ours = (text: string): boolean => text.includes(SEARCH_TABLE_PREFIX)

/**
 * Development's schema push (drizzle-kit) drops every table Payload does not declare, and asks
 * first when they hold rows: the search index's tables (an FTS5 virtual table cannot be declared
 * in drizzle) would be lost, or a restart would stop at the prompt. This leaves out what push
 * would do to them; their statements are ours (src/search/engine/*Dialect.ts).
 */
const keepSearchTables = (kit: DrizzleKit): DrizzleKit => ({
  ...kit,
  pushSchema: async (...args) => {
    const result = await kit.pushSchema(...args)
    const kept = result.statementsToExecute.filter((statement) => !ours(statement))
    // `apply()` runs this very array.
    result.statementsToExecute.splice(0, result.statementsToExecute.length, ...kept)
    const warnings = result.warnings.filter((warning) => !ours(warning))
    return { ...result, hasDataLoss: result.hasDataLoss && warnings.length > 0, warnings }
  },
})

/**
 * The database adapter, with its development schema push leaving the search tables alone:
 * PostgreSQL's push is told not to look at them (`tablesFilter`; looking at them already fails),
 * SQLite's, which takes no filter, has its statements about them dropped.
 */
export const withSearchTablesKept = (db: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...db,
  init: (args) => {
    const adapter = db.init(args) as ReturnType<DatabaseAdapterObj['init']> & {
      requireDrizzleKit?: () => DrizzleKit
      tablesFilter?: string[]
    }
    if (adapter.name === 'postgres') {
      adapter.tablesFilter = [...(adapter.tablesFilter ?? []), `!${SEARCH_TABLE_PREFIX}*`]
    }
    const require = adapter.requireDrizzleKit
    if (typeof require === 'function') {
      adapter.requireDrizzleKit = () => keepSearchTables(require.call(adapter))
    }
    return adapter
  },
})
