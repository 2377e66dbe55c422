import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'

import { closeDatabase } from '../../src/db/closeDatabase'
import { pickDatabaseAdapter } from '../../src/db/pickDatabaseAdapter'
import { SQLITE_PAGE_CACHE_KIB } from '../../src/db/withSqliteSettings'

type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** The host app's embedded database (pickDatabaseAdapter, no DATABASE_URI), whatever TEST_DB is. */
describe('the embedded SQLite database', () => {
  let payload: Payload
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-page-cache-'))

  const cacheSize = async (): Promise<number> => {
    const { rows } = await (payload.db as unknown as { client: Client }).client.execute(
      'PRAGMA cache_size',
    )
    return Number(rows[0].cache_size)
  }

  beforeAll(async () => {
    const config = await buildConfig({
      collections: [{ fields: [{ name: 'title', type: 'text' }], slug: 'notes' }],
      db: pickDatabaseAdapter({ dataDir }),
      secret: 'page-cache-test-secret-0123456789abcdef',
      telemetry: false,
    })
    payload = await getPayload({ config })
  })

  afterAll(async () => {
    await closeDatabase(payload).catch(() => undefined)
    fs.rmSync(dataDir, { force: true, recursive: true })
  })

  it('should read through a 64 MiB page cache, also after writes', async () => {
    expect(await cacheSize()).toBe(-SQLITE_PAGE_CACHE_KIB)
    await payload.create({ collection: 'notes' as never, data: { title: 'a' } as never })
    await payload.update({
      collection: 'notes' as never,
      data: { title: 'b' } as never,
      where: { title: { equals: 'a' } },
    })
    expect(await cacheSize()).toBe(-SQLITE_PAGE_CACHE_KIB)
  })

  it('should leave no deleted text in the file (an erasure, and any backup made afterwards)', async () => {
    const client = (payload.db as unknown as { client: Client }).client
    const needle = 'Quintessa-erased-8c1f'
    // Enough rows for the deleted ones to leave a page other rows still use.
    for (let i = 0; i < 40; i += 1)
      await payload.create({
        collection: 'notes' as never,
        data: { title: i % 2 ? `${needle} ${i}` : `kept ${i}` } as never,
      })
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    const file = fs.readdirSync(dataDir).find((name) => name.endsWith('.db'))!
    const bytes = () => fs.readFileSync(path.join(dataDir, file)).toString('latin1')
    expect(bytes()).toContain(needle)
    await payload.delete({
      collection: 'notes' as never,
      where: { title: { like: needle } },
    })
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    expect(bytes()).not.toContain(needle)
    expect(bytes()).toContain('kept 38')
  })
})
