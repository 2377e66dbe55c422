import crypto from 'node:crypto'
import pg from 'pg'

const adminUri = (): string =>
  process.env.TEST_DATABASE_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

/** Runs `run` with one connection to `uri`, closed afterwards. */
export const withClient = async <T>(
  uri: string,
  run: (client: pg.Client) => Promise<T>,
): Promise<T> => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export type BenchDatabases = {
  /** A new database, empty or as a copy of `template` (one that nobody is connected to). */
  create: (label: string, template?: string) => Promise<string>
  /** Drops every database made here. */
  dropAll: () => Promise<void>
  /** The URI of a database made here. */
  uriOf: (name: string) => string
}

/**
 * The bench's databases on the PostgreSQL server at TEST_DATABASE_URI, named
 * bench_<random>_<label>, all dropped at the end (also on Ctrl-C, through dropAll).
 */
export const benchDatabases = (): BenchDatabases => {
  const prefix = `bench_${crypto.randomBytes(3).toString('hex')}`
  const made: string[] = []
  const uriOf = (name: string): string => {
    const url = new URL(adminUri())
    url.pathname = `/${name}`
    return url.toString()
  }
  return {
    create: async (label, template) => {
      const name = `${prefix}_${label}`
      await withClient(adminUri(), (admin) =>
        admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`),
      )
      made.push(name)
      return name
    },
    dropAll: async () => {
      const names = made.splice(0)
      await withClient(adminUri(), async (admin) => {
        for (const name of names) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      })
    },
    uriOf,
  }
}
