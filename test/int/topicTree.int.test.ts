import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'

type Id = number | string

/** The topic tree stays a tree, whoever moves what, one at a time or at once. */
describe('topic tree', () => {
  let ctx: TestContext
  let api: ApiClient
  let editor: SignedInUser

  const topic = async (name: string, parent?: Id): Promise<Id> =>
    (await ctx.payload.create({ collection: 'topics', data: { name, parent } as never })).id
  const move = (id: Id, parent: Id, headers?: Record<string, string>) =>
    api.patch(`/topics/${id}`, { body: { parent }, headers, token: editor.token })
  /** The topics above one, read back as stored (stops at a repeat: a cycle). */
  const ancestors = async (id: Id): Promise<string[]> => {
    const seen: string[] = []
    for (let at: Id | null | undefined = id; at !== null && at !== undefined;) {
      const stored: { parent?: { id: Id } | Id | null } = await ctx.payload.findByID({
        collection: 'topics',
        depth: 0,
        id: at,
      })
      const parent = stored.parent
      at = parent && typeof parent === 'object' ? parent.id : parent
      if (at !== null && at !== undefined) {
        if (seen.includes(String(at))) return [...seen, String(at)]
        seen.push(String(at))
      }
    }
    return seen
  }

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    editor = await signInAs(ctx.payload, 'editor')
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should refuse a topic under itself or under its own subtopic with 400 naming parent, in English and Chinese', async () => {
    const top = await topic('Tree top')
    const middle = await topic('Tree middle', top)
    const leaf = await topic('Tree leaf', middle)
    for (const [id, parent, language] of [
      [top, top, 'en'],
      [top, leaf, 'en'],
      [middle, leaf, 'zh'],
    ] as const) {
      const response = await move(id, parent, { 'accept-language': language })
      expect(response.status).toBe(400)
      const { errors } = await response.json()
      expect(errors[0].data.errors[0]).toEqual({
        message:
          language === 'zh'
            ? '话题不能放在自身或其子话题之下。'
            : 'A topic cannot sit under itself or under one of its own subtopics.',
        path: 'parent',
      })
    }
    expect(await ancestors(leaf)).toEqual([String(middle), String(top)])
    expect(await ancestors(top)).toEqual([])
  })

  it('should keep one of two topics moved under each other at the same moment, refusing the other', async () => {
    for (let round = 0; round < 4; round++) {
      const [a, b] = [await topic(`Crossed ${round} A`), await topic(`Crossed ${round} B`)]
      const answers = await Promise.all([move(a, b), move(b, a)])
      expect(answers.map(({ status }) => status).sort()).toEqual([200, 400])
      // Stored: one under the other, and nothing under itself.
      const above = [await ancestors(a), await ancestors(b)]
      expect(above.map((list) => list.length).sort()).toEqual([0, 1])
    }
  })
})
