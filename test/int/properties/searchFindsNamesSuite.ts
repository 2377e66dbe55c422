import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fc from 'fast-check'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'

const word = (letters: string, min: number, max: number) =>
  fc
    .array(fc.constantFrom(...letters), { maxLength: max, minLength: min })
    .map((chars) => chars.join(''))

/** Names as a bureau has them: Chinese, Korean, Cyrillic, Greek and accented Latin. */
const chinese = word(
  '李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯董曾单彭吕苏蒋蔡魏叶余潘杜夏钟汪田姜范石谭廖熊金陆白崔康秦江史顾侯孟龙雷钱汤易武贺欧阳晓华明伟芳娜静丽强磊军洋勇艳杰娟涛超秀霞平刚英',
  2,
  4,
)
const korean = fc
  .array(fc.integer({ max: 0xd7a3, min: 0xac00 }), { maxLength: 4, minLength: 2 })
  .map((codes) => String.fromCodePoint(...codes))
const cyrillic = fc
  .tuple(word('абвгдежзиклмнопрстуфхцчшэюяё', 3, 9), word('абвгдежзиклмнопрстуфхцчшэюя', 3, 9))
  .map(([given, family]) => `${given} ${family}`)
const greek = fc
  .tuple(word('αβγδεζηθικλμνξοπρστυφχωάέήίόύώ', 3, 9), word('αβγδεζηθικλμνξοπρστυφχω', 3, 9))
  .map(([given, family]) => `${given} ${family}`)
const latin = fc
  .tuple(word('abcdefghijklmnoprstuvyzéèàüöäøåñçł', 2, 9), word('abcdefghijklmnoprstuvz', 2, 9))
  .map(([given, family]) => `${given[0].toUpperCase()}${given.slice(1)} ${family}`)
const name = fc.oneof(chinese, korean, cyrillic, greek, latin)

/**
 * On the index `pluginOptions` choose (one Payload per test file: searchFindsNames*.int.test.ts).
 */
export const describeSearchFindsNames = (
  engine: string,
  pluginOptions: { search: { engine: 'database' | 'portable' } },
  describeOn: (name: string, body: () => void) => void = describe,
): void =>
  describeOn(`search properties (fast-check): every published name is found (${engine})`, () => {
    let ctx: TestContext
    let payload: Payload
    let api: ApiClient

    const foundIds = async (q: string): Promise<string[]> => {
      const response = await api.get(`/speakers/search?limit=50&q=${encodeURIComponent(q)}`)
      expect(response.status).toBe(200)
      return (await response.json()).docs.map(({ id }: { id: number | string }) => String(id))
    }

    beforeAll(async () => {
      ctx = await bootPayload({ pluginOptions })
      payload = ctx.payload
      api = createApiClient(ctx.config)
    })

    afterAll(async () => {
      await ctx.close()
    })

    it('should find a published speaker by their own name and by the words of their slug', async () => {
      await fc.assert(
        fc.asyncProperty(name, async (speakerName) => {
          const speaker = await payload.create({
            collection: 'speakers',
            data: { _status: 'published', name: speakerName },
          })
          const id = String(speaker.id)
          expect({ name: speakerName, found: (await foundIds(speakerName)).includes(id) }).toEqual({
            found: true,
            name: speakerName,
          })
          const slugWords = String(speaker.slug).replace(/-\d+$/, '').split('-').join(' ')
          expect({ slugWords, found: (await foundIds(slugWords)).includes(id) }).toEqual({
            found: true,
            slugWords,
          })
        }),
        { numRuns: 60 },
      )
    }, 120_000)
  })
