import type { DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createLocalReq } from 'payload'

import type { SearchEngine, SearchEntry } from '../../../src/search/engine/types'

import { buildSearchEntry } from '../../../src/search/buildSearchEntry'
import { portableSearchEngine } from '../../../src/search/engine/portableSearchEngine'
import { portableSqlWrites } from '../../../src/search/engine/portableSqlWrites'
import { postgresDialect } from '../../../src/search/engine/postgresDialect'
import { sqliteDialect } from '../../../src/search/engine/sqliteDialect'
import { searchEngineOf } from '../../../src/search/searchEngineOf'
import { collectionNames } from '../../../src/vocabulary/collectionNames'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { type TestDatabase, testDbKind } from '../../helpers/testDatabase'
import { planFor } from './oneWordPlan'

const portable = { search: { engine: 'portable' as const } }

const speaker = (id: number, name: string): SearchEntry =>
  buildSearchEntry('speakers', { id, name, shortBio: `${name} on the web` }, related)
const interview = (id: number, title: string): SearchEntry =>
  buildSearchEntry('interviews', { id, title }, related)
const related = { speakerNames: [], topicIds: ['7'] }

const byJson = <T>(items: T[]): T[] =>
  items
    .map((item) => [JSON.stringify(item), item] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, item]) => item)

type Stored = { changes: { change: string; keys: null | string[] }[]; entries: object[] }

/**
 * The portable index is written by SQL statements of ours on SQLite and PostgreSQL, and through
 * Payload's adapter elsewhere (MongoDB): both must leave the same documents and change records,
 * which is what every instance's copy reads. Both run on the suite's database, through the adapter
 * `adapterFor` makes (portableWrites*.int.test.ts: one Payload per test file).
 */
export const describePortableWrites = (
  setup: string,
  adapterFor?: (database: TestDatabase) => DatabaseAdapterObj,
): void =>
  describe(`the portable index’s writes (${setup})`, () => {
    let ctx: TestContext
    let payload: Payload
    let req: PayloadRequest

    const writers = (): [string, SearchEngine][] => {
      const dialect = { postgres: postgresDialect, sqlite: sqliteDialect }[payload.db.name]
      return [
        ['Payload’s adapter', portableSearchEngine(payload)],
        ...(dialect
          ? [['SQL statements', portableSearchEngine(payload, portableSqlWrites(payload, dialect))]]
          : []),
      ] as [string, SearchEngine][]
    }

    const stored = async (): Promise<Stored> => {
      const entries = await payload.db.find<{
        docId: string
        entry: object
        key: string
        searchable: string
      }>({
        collection: collectionNames.searchEntries,
        limit: 0,
        pagination: false,
        sort: 'key',
      })
      const changes = await payload.db.find<{ change: string; keys: null | string[] }>({
        collection: collectionNames.searchChanges,
        limit: 0,
        pagination: false,
        sort: 'at',
      })
      return {
        // In the order written (not by id: a UUID is random).
        // As a set: ids (a UUID is random) and times (two writes in one millisecond) order nothing.
        changes: byJson(changes.docs.map(({ change, keys }) => ({ change, keys: keys ?? null }))),
        entries: entries.docs.map(({ docId, entry, key, searchable }) => ({
          docId,
          entry,
          key,
          searchable,
        })),
      }
    }

    const emptied = async (): Promise<void> => {
      for (const collection of [collectionNames.searchEntries, collectionNames.searchChanges])
        await payload.db.deleteMany({ collection, where: {} })
    }

    beforeAll(async () => {
      ctx = await bootPayload({
        adapterFor,
        pluginOptions: portable,
        pushSchema: Boolean(adapterFor),
      })
      payload = ctx.payload
      req = await createLocalReq({}, payload)
    })

    afterAll(() => ctx.close())

    it('should leave the same entries and change records whichever way they are written', async () => {
      const outcomes: Stored[] = []
      for (const [, writer] of writers()) {
        await emptied()
        await writer.put(
          [speaker(1, 'Wenna Holt'), speaker(2, 'Odile Brax'), interview(1, 'On maps')],
          req,
        )
        // Held entries are replaced; a key given twice keeps the last one.
        await writer.put([speaker(1, 'Wenna Holt-Ames'), speaker(1, 'Wenna Ames')], req)
        await writer.remove('speakers', ['2'], req)
        await writer.clear('interviews')
        outcomes.push(await stored())
      }
      const [first] = outcomes
      expect(first.entries).toEqual([
        { docId: '1', entry: speaker(1, 'Wenna Ames'), key: 'speakers:1', searchable: 'speakers' },
      ])
      expect(first.changes).toEqual(
        byJson([
          { change: 'put', keys: ['speakers:1', 'speakers:2', 'interviews:1'] },
          { change: 'put', keys: ['speakers:1', 'speakers:1'] },
          { change: 'remove', keys: ['speakers:2'] },
          { change: 'clear', keys: null },
        ]),
      )
      for (const outcome of outcomes) expect(outcome).toEqual(first)
    })

    it('should write more entries than one statement holds, and record the write once', async () => {
      const outcomes: Stored[] = []
      for (const [, writer] of writers()) {
        await emptied()
        await writer.put(
          Array.from({ length: 450 }, (_, i) => speaker(100 + i, `Bulk Speaker ${i}`)),
          req,
        )
        outcomes.push(await stored())
      }
      const [first] = outcomes
      expect(first.entries).toHaveLength(450)
      expect(first.changes).toHaveLength(1)
      expect(first.changes[0].keys).toHaveLength(450)
      for (const outcome of outcomes) expect(outcome).toEqual(first)
    })

    it('should write through statements of its own on SQL databases, Payload’s adapter elsewhere', async () => {
      const create = jest.spyOn(payload.db, 'create')
      try {
        await searchEngineOf(payload).put([speaker(31, 'Wired Speaker')], req)
        const viaAdapter = create.mock.calls.filter(
          ([args]) => args.collection === collectionNames.searchEntries,
        )
        expect(viaAdapter).toHaveLength(['postgres', 'sqlite'].includes(payload.db.name) ? 0 : 1)
      } finally {
        create.mockRestore()
      }
    })

    it('should show each write at another copy’s next search, and the whole index at a new copy', async () => {
      for (const [, writer] of writers()) {
        await emptied()
        const reader = portableSearchEngine(payload)
        await reader.warm?.()
        await writer.put([speaker(11, 'Ysmay Corlett'), speaker(12, 'Ysmay Dunn')], req)
        expect((await reader.search(planFor('ysmay'))).docIds.sort()).toEqual(['11', '12'])
        await writer.put([speaker(12, 'Tamsin Dunn')], req)
        await writer.remove('speakers', ['11'], req)
        expect((await reader.search(planFor('ysmay'))).docIds).toEqual([])
        expect((await reader.search(planFor('tamsin'))).docIds).toEqual(['12'])
        expect((await portableSearchEngine(payload).search(planFor('tamsin'))).docIds).toEqual([
          '12',
        ])
      }
    })

    // SQLite runs without transactions here (see lockUntilCommit): nothing to roll back.
    const withTransactions = testDbKind() === 'sqlite' ? it.skip : it

    withTransactions(
      'should write nothing, entries or changes, when the save’s transaction rolls back',
      async () => {
        for (const [, writer] of writers()) {
          await emptied()
          const transactionID = await payload.db.beginTransaction()
          if (!transactionID) throw new Error('The database gave no transaction')
          try {
            const inTransaction = await createLocalReq({}, payload)
            inTransaction.transactionID = transactionID
            await writer.put([speaker(21, 'Rolled Back')], inTransaction)
            await writer.remove('speakers', ['22'], inTransaction)
          } finally {
            await payload.db.rollbackTransaction(transactionID)
          }
          expect(await stored()).toEqual({ changes: [], entries: [] })
        }
      },
    )
  })
