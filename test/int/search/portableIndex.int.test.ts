import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createLocalReq } from 'payload'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { buildSearchEntry } from '../../../src/search/buildSearchEntry'
import { prunePortableChanges } from '../../../src/search/engine/prunePortableChanges'
import { ensureSearchIndex, SEARCH_INDEX_FORMAT } from '../../../src/search/ensureSearchIndex'
import { KEEP_CHANGES_MS, pruneSearchChangesTask } from '../../../src/search/pruneSearchChangesTask'
import { reindexSearch } from '../../../src/search/reindexSearch'
import { searchEngineOf } from '../../../src/search/searchEngineOf'
import { warmSearchIndex } from '../../../src/search/warmSearchIndex'
import {
  searchEngineChoice,
  searchIndexCollections,
} from '../../../src/search/searchIndexCollections'
import { collectionNames } from '../../../src/vocabulary/collectionNames'
import { bootPayload, bootSecondInstance, type TestContext } from '../../helpers/bootPayload'
import { planFor } from './oneWordPlan'

const portable = { search: { engine: 'portable' as const } }

describe('which index the plugin keeps', () => {
  const adapter = (name: string) => ({ name }) as never

  it('should keep the portable index on every database unless the database’s text search is asked for', () => {
    for (const name of ['sqlite', 'postgres', 'mongoose'])
      expect(searchEngineChoice(adapter(name), {})).toBe('portable')
    expect(searchEngineChoice(adapter('sqlite'), { engine: 'database' })).toBe('database')
    expect(searchEngineChoice(adapter('postgres'), { engine: 'database' })).toBe('database')
  })

  it('should refuse the database’s text search on a database without one, naming the option', () => {
    expect(() => searchEngineChoice(adapter('mongoose'), { engine: 'database' })).toThrow(
      /search\.engine "database" needs SQLite or PostgreSQL.*"mongoose"/,
    )
    // SEARCH_ENGINE=fast in the host's environment, say.
    expect(() => searchEngineChoice(adapter('sqlite'), { engine: 'fast' as never })).toThrow(
      /search\.engine must be "database" or "portable".*"fast"/,
    )
  })

  it('should declare the portable index’s collections whichever engine is chosen (no migration to switch)', () => {
    expect(searchIndexCollections.map(({ slug }) => slug)).toEqual([
      collectionNames.searchEntries,
      collectionNames.searchChanges,
      collectionNames.searchMeta,
    ])
  })
})

describe('the portable index', () => {
  let ctx: TestContext
  let payload: Payload
  let second: Payload

  const publish = (name: string) =>
    payload.create({ collection: 'speakers', data: { _status: 'published', name } as never })
  const foundBy = async (instance: Payload, word: string) =>
    (await searchEngineOf(instance).search(planFor(word))).docIds

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: portable, pushSchema: true, sqliteFile: true })
    payload = ctx.payload
    second = await bootSecondInstance(ctx, portable)
  })

  afterAll(async () => {
    await closeDatabase(second)
    await ctx.close()
  })

  it('should show another instance’s publish, unpublish and delete at this instance’s next search', async () => {
    // Each instance holds its own copy in memory, read now: the word is nowhere yet.
    expect(await foundBy(second, 'quillon')).toEqual([])
    expect(await foundBy(payload, 'quillon')).toEqual([])
    const speaker = await publish('Quillon Marsh')
    expect(await foundBy(second, 'quillon')).toEqual([String(speaker.id)])
    await payload.update({
      collection: 'speakers',
      data: { _status: 'draft' },
      id: speaker.id,
    })
    expect(await foundBy(second, 'quillon')).toEqual([])
    // And the other way round.
    const other = await second.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Quillon Fairweather' } as never,
    })
    expect(await foundBy(payload, 'quillon')).toEqual([String(other.id)])
    await second.delete({ collection: 'speakers', id: other.id })
    expect(await foundBy(payload, 'quillon')).toEqual([])
  })

  it('should build itself at start from the published documents when empty or of an older format', async () => {
    const speaker = await publish('Rebuilt Ysolde')
    const engine = searchEngineOf(payload)
    await engine.clear('speakers')
    expect(await foundBy(payload, 'ysolde')).toEqual([])
    await ensureSearchIndex(payload)
    expect(await foundBy(payload, 'ysolde')).toEqual([String(speaker.id)])
    // An older format: emptied and built again (a leftover entry of nothing published goes).
    await engine.put([
      buildSearchEntry(
        'speakers',
        { id: 987654, name: 'Ghostly Ysolde' },
        { speakerNames: [], topicIds: [] },
      ),
    ])
    await engine.setFormat('0')
    await ensureSearchIndex(payload)
    expect(await engine.format()).toBe(SEARCH_INDEX_FORMAT)
    expect(await foundBy(payload, 'ysolde')).toEqual([String(speaker.id)])
    expect(await foundBy(second, 'ysolde')).toEqual([String(speaker.id)])
  })

  it('should let one process at a time build it, and the next once a claim is stale', async () => {
    const engine = searchEngineOf(payload)
    const other = searchEngineOf(second)
    const claims = await Promise.all([engine.claimBuild(60_000), other.claimBuild(60_000)])
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await engine.claimBuild(60_000)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await other.claimBuild(10)).toBe(true)
    await other.releaseBuild()
    expect(await engine.claimBuild(60_000)).toBe(true)
    await engine.releaseBuild()
  })

  it('should be rebuilt in place by search:reindex, leftovers of nothing published dropped', async () => {
    const engine = searchEngineOf(payload)
    await engine.put([
      buildSearchEntry(
        'speakers',
        { id: 'not-an-id', name: 'Ghostly Leftover' },
        { speakerNames: [], topicIds: [] },
      ),
    ])
    expect(await foundBy(payload, 'ghostly')).toEqual(['not-an-id'])
    const told: { removed?: number }[] = []
    await reindexSearch({
      collections: ['speakers'],
      onProgress: (p) => void told.push(p),
      payload,
    })
    expect(await foundBy(payload, 'ghostly')).toEqual([])
    expect(await foundBy(second, 'ghostly')).toEqual([])
    expect(told.at(-1)?.removed).toBe(1)
  })

  it('should drop old change records daily without any instance taking it for a change', async () => {
    const speaker = await publish('Pruned Wilhelmina')
    expect(await foundBy(second, 'wilhelmina')).toEqual([String(speaker.id)])
    const wholeReads = jest.spyOn(second.db, 'find')
    const readsOfAll = () =>
      wholeReads.mock.calls.filter(
        ([args]) =>
          args.collection === collectionNames.searchEntries &&
          !JSON.stringify(args.where).includes('"key"'),
      ).length
    const req = await createLocalReq({}, payload)
    const { totalDocs: before } = await payload.count({ collection: collectionNames.searchChanges })
    expect(before).toBeGreaterThan(0)
    // Everything older than now: every record goes (the job keeps a day's).
    expect(await prunePortableChanges(req, Date.now() + 1)).toBe(before)
    expect((await payload.count({ collection: collectionNames.searchChanges })).totalDocs).toBe(0)
    expect(await foundBy(second, 'wilhelmina')).toEqual([String(speaker.id)])
    expect(await foundBy(payload, 'wilhelmina')).toEqual([String(speaker.id)])
    expect(readsOfAll()).toBe(0)
    // Changes after the pruning are still seen at the next search, one by one.
    const other = await publish('Wilhelmina Second')
    expect((await foundBy(second, 'wilhelmina')).sort()).toEqual(
      [String(speaker.id), String(other.id)].sort(),
    )
    expect(readsOfAll()).toBe(0)
    wholeReads.mockRestore()
  })

  it('should keep the last day’s records when run as the daily job', async () => {
    const req = await createLocalReq({}, payload)
    const task = pruneSearchChangesTask({ cron: '* * * * *' })
    await publish('Job Pruned')
    const run = (instance: Payload) =>
      (task.handler as (args: unknown) => Promise<{ output: { pruned: number } }>)({
        input: {},
        job: { id: 1 },
        req: { ...req, payload: instance },
      })
    // Records of the last day are kept.
    expect((await run(payload)).output.pruned).toBe(0)
    expect(KEEP_CHANGES_MS).toBe(24 * 60 * 60_000)
  })

  it('should be read into memory by the server’s start, not by its first search', async () => {
    const third = await bootSecondInstance(ctx, portable)
    try {
      const reads = jest.spyOn(third.db, 'find')
      const entryReads = () =>
        reads.mock.calls.filter(([args]) => args.collection === collectionNames.searchEntries)
          .length
      const warming = warmSearchIndex(third)
      // Not ready for traffic (/readyz) until the copy is in memory.
      expect(warming.state()).toBe('warming')
      await warming.done
      expect(warming.state()).toBe('ready')
      const warmed = entryReads()
      expect(warmed).toBeGreaterThan(0)
      expect(await foundBy(third, 'wilhelmina')).not.toEqual([])
      expect(entryReads()).toBe(warmed)
    } finally {
      await closeDatabase(third)
    }
  })
})
