import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { buildSearchEntry } from '../../../src/search/buildSearchEntry'
import { reindexSearch } from '../../../src/search/reindexSearch'
import { searchEngineOf } from '../../../src/search/searchEngineOf'
import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'

/**
 * `npm run search:reindex` (and the build at start) while the bureau keeps publishing, on the index
 * `pluginOptions` choose (reindexWhilePublishing*.int.test.ts: one Payload per test file).
 */
export const describeReindexWhilePublishing = (
  engine: string,
  pluginOptions: { search: { engine: 'database' | 'portable' } },
  describeOn: (name: string, body: () => void) => void = describe,
): void =>
  describeOn(`search reindex while documents are published (${engine})`, () => {
    let ctx: TestContext
    let payload: Payload
    let api: ApiClient

    const found = async (q: string): Promise<string[]> => {
      const response = await api.get(`/speakers/search?q=${encodeURIComponent(q)}`)
      expect(response.status).toBe(200)
      return ((await response.json()).docs as { name: string }[]).map(({ name }) => name)
    }
    const publish = (name: string) =>
      payload.create({ collection: 'speakers', data: { _status: 'published', name } as never })

    beforeAll(async () => {
      ctx = await bootPayload({ pluginOptions })
      payload = ctx.payload
      api = createApiClient(ctx.config)
      for (const name of ['Reindexed Anselm', 'Reindexed Birgit', 'Reindexed Casimir'])
        await publish(name)
    })

    afterAll(async () => {
      await ctx.close()
    })

    it('should keep a speaker published after the last page was read, and drop entries of nothing published', async () => {
      // Entries no published document stands behind (as a crash between two writes could leave),
      // one with an id no document of this database can have (ObjectIds are not numbers).
      const ghosts = [987654, 'not-an-id']
      await searchEngineOf(payload).put(
        ghosts.map((id) =>
          buildSearchEntry(
            'speakers',
            { id, name: 'Ghostly Leftover' },
            { speakerNames: [], topicIds: [] },
          ),
        ),
      )
      const indexed = async () => searchEngineOf(payload).docIds('speakers')
      expect(await indexed()).toEqual(expect.arrayContaining(ghosts.map(String)))
      const told: { done: number; removed?: number; total: number }[] = []
      let arrived = false
      await reindexSearch({
        // One page: the loop has read every published speaker when it is told the first time.
        batchSize: 1000,
        collections: ['speakers'],
        onProgress: async (progress) => {
          told.push(progress)
          if (arrived) return
          arrived = true
          await publish('Arrived Midway')
        },
        payload,
      })
      expect(await found('midway')).toEqual(['Arrived Midway'])
      expect(await found('reindexed')).toHaveLength(3)
      expect((await indexed()).filter((id) => ghosts.map(String).includes(id))).toEqual([])
      expect(told.at(-1)?.removed).toBe(2)
    })
  })
