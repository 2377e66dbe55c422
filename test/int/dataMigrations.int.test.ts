import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Migration, Payload } from 'payload'

import { postgresAdapter, sql as postgresSql } from '@payloadcms/db-postgres'
import { sqliteAdapter, sql as sqliteSql } from '@payloadcms/db-sqlite'

import { BOOKING_REFERENCE_PATTERN } from '../../src/bookings/bookingReference'
import { ensureSearchIndex, SEARCH_INDEX_FORMAT } from '../../src/search/ensureSearchIndex'
import { migrations as postgresMigrations } from '../../src/migrations/postgres'
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { testDbKind } from '../helpers/testDatabase'
import { databaseEngine } from './search/databaseEngine'

const kind = testDbKind()
const migrations = (kind === 'postgres'
  ? postgresMigrations
  : sqliteMigrations) as unknown as Migration[]
const sql = kind === 'postgres' ? postgresSql : sqliteSql

type Drizzle = {
  execute?: (query: unknown) => Promise<unknown>
  run?: (query: unknown) => Promise<unknown>
}

/** The rows of a drizzle result of either adapter (`rows` on both). */
const rowsOf = (result: unknown): Record<string, unknown>[] =>
  (result as { rows: Record<string, unknown>[] }).rows

/**
 * The migration that adds `reference` gives the requests already stored one each, so staff can
 * quote every request alike. SQL adapters only (MongoDB has no migrations to run).
 */
;(kind === 'mongodb' ? describe.skip : describe)('migrations that carry stored data over', () => {
  let ctx: TestContext
  let payload: Payload

  beforeAll(async () => {
    ctx = await bootPayload({
      // No schema push: the schema comes from the migrations only, as on a production start.
      adapterFor: ({ uri }) =>
        kind === 'postgres'
          ? postgresAdapter({ pool: { connectionString: uri }, push: false })
          : sqliteAdapter({ client: { url: uri }, push: false }),
      // Its entries are checked in the database's text search tables (sb_search_*).
      pluginOptions: databaseEngine,
      sqliteFile: true,
    })
    payload = ctx.payload
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should give every request stored before it a reference of its own', async () => {
    const adding = migrations.findIndex(({ name }) => name.endsWith('_booking_reference'))
    expect(adding).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: migrations.slice(0, adding) })
    const drizzle = (payload.db as unknown as { drizzle: Drizzle }).drizzle
    const run = (query: unknown) => (drizzle.execute ?? drizzle.run)!.call(drizzle, query)
    for (const name of ['Before references 1', 'Before references 2', 'Before references 3'])
      await run(
        sql`INSERT INTO booking_requests (contact_name, email, event_name, event_date) VALUES ('Mei', 'mei@events.test', ${name}, '2031-01-01')`,
      )
    // Up to the next test's migration, which runs on the same database.
    const next = migrations.findIndex(({ name }) => name.endsWith('_review_deliveries'))
    await payload.db.migrate({ migrations: migrations.slice(0, next) })
    // Only the reference: later migrations add columns and tables this schema does not have yet.
    const { docs } = await payload.find({
      collection: 'booking-requests',
      depth: 0,
      joins: false,
      limit: 10,
      select: { reference: true },
    })
    expect(docs).toHaveLength(3)
    for (const doc of docs) expect(doc.reference).toMatch(BOOKING_REFERENCE_PATTERN)
    expect(new Set(docs.map((doc) => doc.reference)).size).toBe(3)
  })

  it('should keep the review mails already sent as delivered records, so a retried job sends none again', async () => {
    const adding = migrations.findIndex(({ name }) => name.endsWith('_review_deliveries'))
    expect(adding).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: migrations.slice(0, adding) })
    const drizzle = (payload.db as unknown as { drizzle: Drizzle }).drizzle
    const run = (query: unknown) => (drizzle.execute ?? drizzle.run)!.call(drizzle, query)
    await run(
      sql`INSERT INTO review_events (id, kind, "from", "to", title) VALUES (41, 'submitted', 'draft', 'in_review', 'Sent before')`,
    )
    for (const [order, to] of [
      [1, 'rita@bureau.test'],
      [2, 'rui@bureau.test'],
    ] as const)
      await run(
        sql`INSERT INTO review_events_deliveries (_order, _parent_id, id, "to", delivered_at) VALUES (${order}, 41, ${`d${order}`}, ${to}, '2026-11-30T08:00:00.000Z')`,
      )
    const next = migrations.findIndex(({ name }) => name.endsWith('_search_terms'))
    await payload.db.migrate({ migrations: migrations.slice(0, next) })
    const { docs } = await payload.find({
      collection: 'review-deliveries',
      depth: 0,
      sort: 'to',
      where: { event: { equals: 41 } },
    })
    expect(docs.map(({ key, to }) => ({ key, to }))).toEqual([
      { key: '41:rita@bureau.test', to: 'rita@bureau.test' },
      { key: '41:rui@bureau.test', to: 'rui@bureau.test' },
    ])
    for (const doc of docs)
      expect(Date.parse(doc.deliveredAt as string)).toBe(Date.parse('2026-11-30T08:00:00.000Z'))
  })

  it("should give stored speakers their list-search terms (with names' other usual spellings), and build the search index on the next start", async () => {
    const drizzle = (payload.db as unknown as { drizzle: Drizzle }).drizzle
    const run = (query: unknown) => (drizzle.execute ?? drizzle.run)!.call(drizzle, query)
    await run(
      sql`INSERT INTO speakers (id, name, slug, job_title, _status, review_state) VALUES (71, '周杰伦', 'zhou-jie-lun', 'Singer', 'published', 'approved'), (72, 'Draft Only', 'draft-only', NULL, 'draft', 'draft'), (73, '김영희', 'gim-yeonghui', NULL, 'published', 'approved'), (74, '张朝阳', 'zhang-chaoyang', NULL, 'published', 'approved')`,
    )
    await run(
      sql`INSERT INTO _speakers_v (id, parent_id, version_name, version_slug, version_job_title, version__status, latest) VALUES (71, 71, '周杰伦', 'zhou-jie-lun', 'Singer', 'published', true), (72, 72, 'Draft Only', 'draft-only', NULL, 'draft', true), (73, 73, '김영희', 'gim-yeonghui', NULL, 'published', true), (74, 74, '张朝阳', 'zhang-chaoyang', NULL, 'published', true)`,
    )
    // Another name the speaker goes by, where Payload keeps it (a hasMany text field).
    await run(
      sql`INSERT INTO speakers_texts ("order", parent_id, path, text) VALUES (1, 71, 'otherNames', 'Jay Chou')`,
    )
    await run(
      sql`INSERT INTO _speakers_v_texts ("order", parent_id, path, text) VALUES (1, 71, 'version.otherNames', 'Jay Chou')`,
    )
    const familiar = migrations.findIndex(({ name }) => name.endsWith('_familiar_surnames'))
    expect(familiar).toBeGreaterThan(0)
    await payload.db.migrate({ migrations: migrations.slice(0, familiar) })
    // As the release before family names' other spellings wrote them; the next migration adds them.
    const before = 'zhou jielun jie lun zhoujielun singer'
    await run(sql`UPDATE speakers SET search_terms = ${before} WHERE id = 71`)
    await run(sql`UPDATE _speakers_v SET version_search_terms = ${before} WHERE id = 71`)
    const given = migrations.findIndex(({ name }) => name.endsWith('_korean_given_names'))
    expect(given).toBeGreaterThan(familiar)
    await payload.db.migrate({ migrations: migrations.slice(0, given) })
    // As the release before Korean given names' usual spellings wrote them.
    const beforeGiven = 'gim kim yeonghui yeong hui gimyeonghui kimyeonghui'
    await run(sql`UPDATE speakers SET search_terms = ${beforeGiven} WHERE id = 73`)
    await run(sql`UPDATE _speakers_v SET version_search_terms = ${beforeGiven} WHERE id = 73`)
    const readings = migrations.findIndex(({ name }) => name.endsWith('_chinese_given_names'))
    expect(readings).toBeGreaterThan(given)
    await payload.db.migrate({ migrations: migrations.slice(0, readings) })
    // As the release before Chinese given names' other readings wrote them.
    const beforeReadings =
      'zhang cheung chang teo chong chaoyang chao yang zhangchaoyang cheungchaoyang changchaoyang teochaoyang chongchaoyang'
    await run(sql`UPDATE speakers SET search_terms = ${beforeReadings} WHERE id = 74`)
    await run(sql`UPDATE _speakers_v SET version_search_terms = ${beforeReadings} WHERE id = 74`)
    await payload.db.migrate({ migrations })
    const { docs } = await payload.find({
      collection: 'speakers',
      depth: 0,
      draft: true,
      select: { searchTerms: true },
      sort: 'id',
      where: { id: { in: [71, 72, 73, 74] } },
    })
    const terms =
      'zhou chow chau chou jielun jie lun zhoujielun chowjielun chaujielun choujielun jay jaychou singer'
    const korean =
      'gim kim yeonghui yeong hui hee yeonghee young younghui younghee gimyeonghui gimyeonghee ' +
      'gimyounghui gimyounghee kimyeonghui kimyeonghee kimyounghui kimyounghee'
    const chinese =
      'zhang cheung chang teo chong chaoyang chao yang zhao zhaoyang zhangchaoyang zhangzhaoyang ' +
      'cheungchaoyang cheungzhaoyang changchaoyang changzhaoyang teochaoyang teozhaoyang ' +
      'chongchaoyang chongzhaoyang'
    expect(docs.map(({ searchTerms }) => searchTerms)).toEqual([
      terms,
      'draft only draftonly',
      korean,
      chinese,
    ])
    const versions = rowsOf(
      await run(
        sql`SELECT version_search_terms FROM _speakers_v WHERE id IN (71, 73, 74) ORDER BY id`,
      ),
    )
    expect(versions.map((row) => row.version_search_terms)).toEqual([terms, korean, chinese])

    await ensureSearchIndex(payload)
    const engine = (await import('../../src/search/searchEngineOf')).searchEngineOf(payload)
    expect((await engine?.docIds('speakers'))?.sort()).toEqual(['71', '73', '74'])
    expect(await engine?.format()).toBe(SEARCH_INDEX_FORMAT)

    // An index written in an older format is written again at start, in place.
    const nameKeys = async () =>
      rowsOf(await run(sql`SELECT name_keys FROM sb_search_entries WHERE doc_id = '71'`))[0]
        ?.name_keys
    const written = await nameKeys()
    expect(written).toContain('zhoujielun')
    await run(sql`UPDATE sb_search_entries SET name_keys = '|stale|'`)
    await run(sql`UPDATE sb_search_meta SET value = '1'`)
    await ensureSearchIndex(payload)
    expect(await nameKeys()).toBe(written)
    expect(await engine?.format()).toBe(SEARCH_INDEX_FORMAT)

    // Another process's fresh claim to build it: this start leaves the index to that process.
    const outdate = () => run(sql`UPDATE sb_search_meta SET value = '1' WHERE key = 'format'`)
    await outdate()
    await run(
      sql`INSERT INTO sb_search_meta (key, value) VALUES ('build', ${new Date().toISOString()})`,
    )
    await ensureSearchIndex(payload)
    expect(await engine?.format()).toBe('1')
    // A claim left by a process that died long ago does not hold.
    await run(sql`UPDATE sb_search_meta SET value = '2026-01-01T00:00:00.000Z' WHERE key = 'build'`)
    await ensureSearchIndex(payload)
    expect(await engine?.format()).toBe(SEARCH_INDEX_FORMAT)

    // Two starts at once: one builds, neither fails, the claim is given back.
    await outdate()
    await Promise.all([ensureSearchIndex(payload), ensureSearchIndex(payload)])
    expect(await engine?.format()).toBe(SEARCH_INDEX_FORMAT)
    expect((await engine?.docIds('speakers'))?.sort()).toEqual(['71', '73', '74'])
    expect(await nameKeys()).toBe(written)
    expect(rowsOf(await run(sql`SELECT key FROM sb_search_meta WHERE key = 'build'`))).toEqual([])
  })
})
