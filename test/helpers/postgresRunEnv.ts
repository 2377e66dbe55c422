/**
 * Set by test/globalSetup.ts for a PostgreSQL run. In a file of its own, importing nothing:
 * globalSetup runs in the process that (with one worker) runs the test files too, and loading
 * Payload's adapters there broke every file after the first.
 */

/** The database holding the pushed schema, which each test file copies. */
export const POSTGRES_TEMPLATE_ENV = 'TEST_POSTGRES_TEMPLATE'

/**
 * This run's mark in the names of the databases it creates (`sb_test_<run>_…`), so that its
 * teardown drops its own and never those of another run on the same server (a second `npm test`,
 * a CI run beside a developer's).
 */
export const POSTGRES_RUN_ENV = 'TEST_POSTGRES_RUN'

/** The name prefix of the databases of a run. */
export const runDatabasePrefix = (run: string): string => `sb_test_${run}_`
