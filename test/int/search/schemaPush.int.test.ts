import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { closeDatabase } from '../../../src/db/closeDatabase'
import { searchEngineOf } from '../../../src/search/searchEngineOf'
import { bootPayload, bootSecondInstance, type TestContext } from '../../helpers/bootPayload'
import { testDbKind } from '../../helpers/testDatabase'
import { databaseEngine } from './databaseEngine'

/**
 * Development pushes the schema at every start, and drizzle-kit drops (or asks before dropping)
 * every table Payload does not declare: a restart must keep the search index's tables and rows.
 */
;(testDbKind() === 'mongodb' ? describe.skip : describe)(
  "the development schema push keeps the search index's tables",
  () => {
    let ctx: TestContext

    beforeAll(async () => {
      ctx = await bootPayload({ pluginOptions: databaseEngine, sqliteFile: true })
    })

    afterAll(async () => {
      await ctx.close()
    })

    it('should leave the index as it was when a second start pushes the schema again', async () => {
      const speaker = await ctx.payload.create({
        collection: 'speakers',
        data: { _status: 'published', name: 'Persistent Pushkina' },
      })
      const forced = process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
      // Payload skips a push when this process pushed the same schema before.
      process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true'
      const restarted = await bootSecondInstance(ctx, databaseEngine).finally(() => {
        if (forced === undefined) delete process.env.PAYLOAD_FORCE_DRIZZLE_PUSH
        else process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = forced
      })
      try {
        expect(await searchEngineOf(restarted).docIds('speakers')).toEqual([String(speaker.id)])
      } finally {
        await closeDatabase(restarted)
      }
      expect(await searchEngineOf(ctx.payload).docIds('speakers')).toEqual([String(speaker.id)])
    })
  },
)
