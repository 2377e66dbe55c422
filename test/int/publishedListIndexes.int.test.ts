import type { Migration, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { postgresAdapter } from '@payloadcms/db-postgres'
import pg from 'pg'

import { migrations } from '../../src/migrations/postgres'
import { createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { createQueryLog, explainQueries } from '../helpers/queryLog'
import { testDbKind } from '../helpers/testDatabase'
import { databaseEngine } from './search/databaseEngine'
import { signInAs } from '../helpers/users'

// The indexes are hand-written PostgreSQL migrations (Payload cannot declare them): PostgreSQL only.
const describeOnPostgres = testDbKind() === 'postgres' ? describe : describe.skip

/** Makes every plan that needs a sort or a sequential scan prohibitively expensive to the planner. */
const PREFER_ORDERED_INDEXES = [
  'SET LOCAL enable_seqscan = off',
  'SET LOCAL enable_sort = off',
  'SET LOCAL enable_incremental_sort = off',
]

describeOnPostgres(
  "PostgreSQL: the migrations' indexes fit the SQL Payload runs for public lists",
  () => {
    let ctx: TestContext
    let payload: Payload
    let api: ReturnType<typeof createApiClient>
    let client: pg.Client
    const queries = createQueryLog()
    let topicId: number | string

    beforeAll(async () => {
      ctx = await bootPayload({
        // No schema push: the schema comes from the migrations only, as on a production start.
        adapterFor: ({ uri }) =>
          postgresAdapter({ logger: queries.logger, pool: { connectionString: uri }, push: false }),
        // The default search index reads its collections at start, before this test migrates;
        // the database's text search makes its own tables.
        pluginOptions: databaseEngine,
      })
      payload = ctx.payload
      // (Payload types a migration's arguments as unknown; the adapter's are MigrateUpArgs.)
      await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
      api = createApiClient(ctx.config)
      client = new pg.Client({ connectionString: ctx.database.uri })
      await client.connect()

      const topic = await payload.create({
        collection: 'topics',
        data: { name: 'Internet experts' },
      })
      topicId = topic.id
      const elsewhere = await payload.create({ collection: 'topics', data: { name: 'Elsewhere' } })
      for (const [name, status, topics] of [
        ['First on topic', 'published', [topic.id]],
        ['Off topic', 'published', [elsewhere.id]],
        ['Draft on topic', 'draft', [topic.id]],
        ['Second on topic', 'published', [elsewhere.id, topic.id]],
      ] as const) {
        const speaker = await payload.create({
          collection: 'speakers',
          data: { _status: status, name, topics: [...topics] },
        })
        await payload.create({
          collection: 'interviews',
          data: {
            _status: status,
            speakers: [speaker.id],
            title: `Interview: ${name}`,
            topics: [...topics],
          },
        })
      }
      await client.query('ANALYZE')
    }, 120_000)

    afterAll(async () => {
      await client?.end()
      await ctx?.close()
    })

    /** The plan of the SELECT that picks the page's ids, with sorts and sequential scans discouraged. */
    const listPlan = async (listPath: string, token?: string) => {
      let body: { docs: Record<string, unknown>[] } = { docs: [] }
      const ran = await queries.capture(async () => {
        const response = await api.get(listPath, { token })
        expect(response.status).toBe(200)
        body = (await response.json()) as typeof body
      })
      const pageQuery = ran.find(({ sql }) => /^select distinct/i.test(sql))
      expect(pageQuery).toBeDefined()
      await client.query('BEGIN')
      try {
        for (const setting of PREFER_ORDERED_INDEXES) await client.query(setting)
        const [{ plan }] = await explainQueries(client, [pageQuery!])
        return { body, plan }
      } finally {
        await client.query('ROLLBACK')
      }
    }

    it('creates the ordered indexes, with _status in them, on a migrated database', async () => {
      const { rows } = await client.query<{ indexdef: string; indexname: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN (
         'speakers_list_order_idx', 'interviews_list_order_idx')
       ORDER BY indexname`,
      )
      expect(rows.map(({ indexname }) => indexname)).toEqual([
        'interviews_list_order_idx',
        'speakers_list_order_idx',
      ])
      for (const { indexdef } of rows) expect(indexdef).toMatch(/DESC, id\) INCLUDE \(_status\)$/)
    })

    it("walks speakers_list_order_idx for a topic's newest published speakers", async () => {
      const { body, plan } = await listPlan(
        `/speakers?where[topics][in]=${topicId}&limit=20&select[name]=true`,
      )
      expect(body.docs.map(({ name }) => name)).toEqual(['Second on topic', 'First on topic'])
      expect(plan).toMatch(/Index Only Scan using speakers_list_order_idx on speakers/)
      expect(plan).not.toMatch(/\bSort\b/)
    })

    it("walks interviews_list_order_idx for a topic's newest published interviews", async () => {
      const { body, plan } = await listPlan(
        `/interviews?where[topics][in]=${topicId}&limit=12&select[title]=true`,
      )
      expect(body.docs.map(({ title }) => title)).toEqual([
        'Interview: Second on topic',
        'Interview: First on topic',
      ])
      expect(plan).toMatch(/Index Only Scan using interviews_list_order_idx on interviews/)
      expect(plan).not.toMatch(/\bSort\b/)
    })

    it("walks speakers_list_order_idx for an editor's list of a topic, drafts included", async () => {
      const { token } = await signInAs(payload, 'editor')
      const { body, plan } = await listPlan(
        `/speakers?where[topics][in]=${topicId}&limit=20&select[name]=true`,
        token,
      )
      expect(body.docs.map(({ name }) => name)).toEqual([
        'Second on topic',
        'Draft on topic',
        'First on topic',
      ])
      expect(plan).toMatch(/Index Only Scan using speakers_list_order_idx on speakers/)
      expect(plan).not.toMatch(/\bSort\b/)
    })
  },
)
