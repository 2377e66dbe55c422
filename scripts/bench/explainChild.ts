/**
 * Run by explain.ts as its own process (one Payload per process): boots the app's Payload config on
 * DATABASE_URI with drizzle's query log on, sends each probe through Payload's real REST GET handler
 * as an anonymous visitor (as the server does), and EXPLAIN ANALYZEs every SELECT that Payload ran
 * for it, with the same parameters. Prints one JSON line.
 */
import { postgresAdapter } from '@payloadcms/db-postgres'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload } from 'payload'

import { buildAppConfig } from '../../src/buildAppConfig'
import { createApiClient } from '../../test/helpers/apiClient'
import { createQueryLog, explainQueries } from '../../test/helpers/queryLog'

export type ExplainedProbe = {
  name: string
  path: string
  statements: { plan: string; sql: string }[]
  status: number
}

type Probe = { name: string; path: string }

const main = async (): Promise<void> => {
  const uri = process.env.DATABASE_URI!
  const probes = JSON.parse(process.env.BENCH_PROBES!) as Probe[]
  const queries = createQueryLog()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-bench-explain-'))
  const config = buildAppConfig({
    dataDir,
    db: postgresAdapter({
      logger: queries.logger,
      pool: { connectionString: uri },
      push: false,
    }),
    origins: [],
    secret: 'bench-secret-not-for-production',
    serverURL: 'http://localhost:3000',
  })
  await getPayload({ config })
  const api = createApiClient(config)
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  const explained: ExplainedProbe[] = []
  for (const probe of probes) {
    let status = 0
    const ran = await queries.capture(async () => {
      const response = await api.get(probe.path)
      await response.arrayBuffer()
      status = response.status
    })
    explained.push({ ...probe, statements: await explainQueries(client, ran), status })
  }
  await client.end()
  fs.rmSync(dataDir, { force: true, recursive: true })
  process.stdout.write(`\n${JSON.stringify(explained)}\n`)
  process.exit(0)
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err))
  process.exit(1)
})
