import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { STALE_SEARCH_INDEX_FORMAT } from '../../../src/search/markOtherSearchIndexStale'
import { otherSearchIndexOf, searchEngineOf } from '../../../src/search/searchEngineOf'
import { bootPayload, bootSecondInstance, type TestContext } from '../../helpers/bootPayload'
import { databaseEngine, describeOnSql } from './databaseEngine'
import { planFor } from './oneWordPlan'

const portable = { search: { engine: 'portable' as const } }

/**
 * A bureau switching `search.engine` (or whose default changed) and back: the engine left behind is
 * kept current by nothing, so coming back to it must build it again, not answer from what it held.
 * Three instances on one database, one after the other as a bureau would restart: the database's
 * text search, the portable index, the database's text search again.
 */
describeOnSql('switching the search engine and back', () => {
  let ctx: TestContext
  const instances: Payload[] = []

  const speakerIdNamed = async (payload: Payload, name: string) =>
    String(
      (await payload.find({ collection: 'speakers', where: { name: { equals: name } } })).docs[0]
        .id,
    )
  const foundBy = async (payload: Payload, word: string) =>
    (await searchEngineOf(payload).search(planFor(word))).docIds

  beforeAll(async () => {
    ctx = await bootPayload({ pluginOptions: databaseEngine, pushSchema: true, sqliteFile: true })
  })

  afterAll(async () => {
    for (const instance of instances) await closeDatabase(instance)
    await ctx.close()
  })

  it('should build the index again when an engine comes back, so that what changed meanwhile shows', async () => {
    const { payload } = ctx
    await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Alphaswitch Speaker' } as never,
    })
    const alpha = await speakerIdNamed(payload, 'Alphaswitch Speaker')
    expect(await foundBy(payload, 'alphaswitch')).toEqual([alpha])

    // The portable index's start builds it, and marks the database's text search stale.
    const portableInstance = await bootSecondInstance(ctx, portable)
    instances.push(portableInstance)
    expect(await foundBy(portableInstance, 'alphaswitch')).toEqual([alpha])
    expect(await otherSearchIndexOf(portableInstance)?.format()).toBe(STALE_SEARCH_INDEX_FORMAT)

    // Meanwhile (only the portable index follows): one speaker unpublished, another published.
    await portableInstance.update({
      collection: 'speakers',
      data: { _status: 'draft' } as never,
      id: alpha,
    })
    await portableInstance.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Betaswitch Speaker' } as never,
    })
    const beta = await speakerIdNamed(portableInstance, 'Betaswitch Speaker')
    expect(await foundBy(portableInstance, 'alphaswitch')).toEqual([])
    expect(await foundBy(portableInstance, 'betaswitch')).toEqual([beta])

    // Back to the database's text search: built again at its start, the portable index now stale.
    const backAgain = await bootSecondInstance(ctx, databaseEngine)
    instances.push(backAgain)
    expect(await foundBy(backAgain, 'alphaswitch')).toEqual([])
    expect(await foundBy(backAgain, 'betaswitch')).toEqual([beta])
    expect(await otherSearchIndexOf(backAgain)?.format()).toBe(STALE_SEARCH_INDEX_FORMAT)
  })
})
