/**
 * How long a SQLite connection waits for another process's write lock (the web server and
 * `npm run worker` on one file) before failing with "database is locked". Payload's default is 0.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000
