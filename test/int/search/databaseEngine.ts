import { describe } from '@jest/globals'

import { testDbKind } from '../../helpers/testDatabase'

/**
 * The database's own text search (SQLite FTS5, PostgreSQL full-text), asked for by name: the
 * plugin keeps the portable index unless told otherwise.
 */
export const databaseEngine = { search: { engine: 'database' as const } }

/** MongoDB has no text search of ours (the plugin refuses `database` there): skipped on it. */
export const describeOnSql = testDbKind() === 'mongodb' ? describe.skip : describe
