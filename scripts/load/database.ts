import crypto from 'node:crypto'
import { withClient } from '../bench/databases'

export type LoadDatabase = {
  drop: () => Promise<void>
  /** Runs one query on the database and returns its rows. */
  query: <Row extends Record<string, unknown>>(sql: string) => Promise<Row[]>
  uri: string
}

const adminUri = () =>
  process.env.TEST_DATABASE_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

/** A fresh, empty PostgreSQL database (sb_load_<random>) on the server at TEST_DATABASE_URI. */
export const createLoadDatabase = async (): Promise<LoadDatabase> => {
  const name = `sb_load_${crypto.randomBytes(4).toString('hex')}`
  await withClient(adminUri(), (admin) => admin.query(`CREATE DATABASE ${name}`))
  const url = new URL(adminUri())
  url.pathname = `/${name}`
  const uri = url.toString()
  return {
    drop: () =>
      withClient(adminUri(), (admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
    query: async <Row extends Record<string, unknown>>(sql: string) =>
      withClient(uri, async (client) => (await client.query<Row>(sql)).rows),
    uri,
  }
}
