import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mergeListSearchAndWhere } from 'payload/shared'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../../helpers/users'

/**
 * The admin's speaker list search box: the `where` Payload's list view builds from it, run as an
 * editor, on the index `pluginOptions` choose (its typo lookups are the engine's; one Payload per
 * test file: adminListSearch*.int.test.ts).
 */
export const describeAdminListSearch = (
  engine: string,
  pluginOptions: { search: { engine: 'database' | 'portable' } },
  describeOn: (name: string, body: () => void) => void = describe,
): void =>
  describeOn(`the admin's list search matches as search does (${engine})`, () => {
    let ctx: TestContext
    let payload: Payload
    let api: ApiClient
    let editor: SignedInUser

    const listSearch = async (search: string): Promise<string[]> => {
      const where = mergeListSearchAndWhere({
        collectionConfig: payload.collections.speakers.config,
        search,
      })
      const { docs } = await payload.find({
        collection: 'speakers',
        depth: 0,
        draft: true,
        overrideAccess: false,
        user: editor.user,
        where,
      })
      return docs.map(({ name }) => name).sort()
    }

    beforeAll(async () => {
      ctx = await bootPayload({ pluginOptions })
      payload = ctx.payload
      api = createApiClient(ctx.config)
      editor = await signInAs(payload, 'editor')
      await payload.create({
        collection: 'speakers',
        data: { _status: 'published', name: 'Søren Kierkegaard', organization: 'Copenhagen' },
      })
      for (const name of ['周杰伦', '김영희', 'Zhou Xun']) {
        const otherNames = name === '周杰伦' ? ['Jay Chou'] : []
        await payload.create({ collection: 'speakers', data: { name, otherNames } })
      }
    })

    afterAll(async () => {
      await ctx.close()
    })

    it.each([
      ['周杰伦', ['周杰伦']],
      ['zhou jielun', ['周杰伦']],
      ['zhoujielun', ['周杰伦']],
      ['jiel', ['周杰伦']],
      ['zhou', ['Zhou Xun', '周杰伦']],
      ['gim yeonghui', ['김영희']],
      ['kim yeonghui', ['김영희']],
      ['kim young-hee', ['김영희']],
      ['chow jielun', ['周杰伦']],
      ['jay chou', ['周杰伦']],
      ['soren', ['Søren Kierkegaard']],
      ['Søren', ['Søren Kierkegaard']],
      ['kierkegard', ['Søren Kierkegaard']],
      ['kirkeg', ['Søren Kierkegaard']],
      ['copnehag', ['Søren Kierkegaard']],
      ['copenhagen', ['Søren Kierkegaard']],
      ['nobody', []],
    ])('should find %s among drafts and published speakers', async (search, expected) => {
      expect(await listSearch(search)).toEqual(expected)
    })

    it('should keep searchTerms from anonymous readers', async () => {
      const response = await api.get('/speakers?where[name][like]=kierkegaard')
      expect(response.status).toBe(200)
      const { docs } = await response.json()
      expect(docs).toHaveLength(1)
      expect(docs[0]).not.toHaveProperty('searchTerms')
      const probe = await api.get('/speakers?where[searchTerms][like]=zhou')
      const found = probe.status === 200 ? (await probe.json()).docs : []
      expect(found).toEqual([])
    })
  })
