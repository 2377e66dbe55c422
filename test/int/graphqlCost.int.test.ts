import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { configToSchema } from '@payloadcms/graphql'
import { type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql'

import { seed } from '../../seed'
import { priceOperation } from '../../src/security/graphql/priceOperation'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type ReadSpy, spyOnReads } from '../helpers/readSpy'
import { signInAs } from '../helpers/users'
import { inProduction } from '../helpers/inProduction'

type Answer = {
  data?: Record<string, any>
  errors?: { extensions?: { code?: string; statusCode?: number }; message: string }[]
}

const aliases = (count: number, field: string): string =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

/** What a speaker page and a topic index ask for: speakers with topics, photo and interviews. */
const FRONTEND_QUERY = `{
  Speakers(limit: 20, sort: "name", where: { featured: { equals: true } }) {
    totalDocs hasNextPage
    docs {
      name slug jobTitle organization shortBio
      photo { url alt width height }
      topics { name slug }
      interviews(limit: 5, sort: "-publishedAt") { docs { title slug publishedAt } }
    }
  }
  Topics(limit: 50, sort: "name") { docs { name slug } }
}`

describe('GraphQL cost limits', () => {
  const spy: ReadSpy = { delayMs: 0, readOf: [], reads: 0 }
  let ctx: TestContext
  let api: ApiClient
  let editorToken: string

  /**
   * Reads that are not a query's: a signed-in request's lookup of its user, and the jobs queue's
   * (one `payload-jobs` read landed during a refused request in one CI run, from outside it: the
   * refusal answers before Payload's handler runs).
   */
  const NOT_THE_QUERYS = new Set(['payload-jobs', 'users'])

  /** The status and body of a POST to the real GraphQL handler, and what the query read. */
  const post = async (
    query: string,
    { token, variables }: { token?: string; variables?: Record<string, unknown> } = {},
  ) => {
    spy.readOf = []
    const response = await api.graphqlRaw(JSON.stringify({ query, variables }), {
      headers: { 'content-type': 'application/json' },
      token,
    })
    const queryReads = spy.readOf.filter((read) => !NOT_THE_QUERYS.has(read))
    return {
      answer: (await response.json()) as Answer,
      readsOf: queryReads,
      status: response.status,
    }
  }

  beforeAll(async () => {
    ctx = await bootPayload({ adapterFor: (database) => spyOnReads(database.adapter, spy) })
    api = createApiClient(ctx.config)
    await seed({ env: {}, log: () => undefined, payload: ctx.payload })
    editorToken = (await signInAs(ctx.payload, 'editor')).token
  })

  afterAll(async () => {
    await ctx.close()
  })

  describe.each([
    ['an anonymous visitor', () => undefined],
    ['an editor', () => editorToken],
  ])('as %s', (_who, token) => {
    it("should answer a frontend's query (speakers with topics and interviews)", async () => {
      const { answer, readsOf, status } = await post(FRONTEND_QUERY, { token: token() })
      expect(answer.errors).toBeUndefined()
      expect(status).toBe(200)
      // The spy sees the query's reads (the refusals below must see none).
      expect(readsOf).toEqual(expect.arrayContaining(['speakers', 'topics']))
      expect(answer.data?.Speakers.docs.length).toBeGreaterThan(0)
      expect(answer.data?.Speakers.docs[0].topics.length).toBeGreaterThan(0)
    })

    it('should refuse 500 aliased counts with 400, before any database work', async () => {
      const { answer, readsOf, status } = await post(aliases(500, 'countSpeakers { totalDocs }'), {
        token: token(),
      })
      expect(status).toBe(400)
      expect(readsOf).toEqual([])
      expect(answer.data).toBeUndefined()
      expect(answer.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ROOT_FIELDS')
      expect(answer.errors?.[0]?.message).toMatch(/500 fields at its top level/)
    })

    it('should allow 20 root fields and refuse 21', async () => {
      const twenty = await post(aliases(20, 'countTopics { totalDocs }'), { token: token() })
      expect(twenty.status).toBe(200)
      expect(twenty.answer.data?.a19.totalDocs).toBeGreaterThan(0)
      const twentyOne = await post(aliases(21, 'countTopics { totalDocs }'), { token: token() })
      expect(twentyOne.status).toBe(400)
      expect(twentyOne.readsOf).toEqual([])
      expect(twentyOne.answer.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ROOT_FIELDS')
    })

    it('should count root fields inside fragments', async () => {
      const fields = Array.from({ length: 21 }, (_, i) => `c${i}: countTopics { totalDocs }`)
      const { status } = await post(
        `{ ...Counts } fragment Counts on Query { ${fields.join(' ')} }`,
        {
          token: token(),
        },
      )
      expect(status).toBe(400)
    })

    it('should refuse a list of 1000 nesting a join, before any database work', async () => {
      const { answer, readsOf, status } = await post(
        '{ Speakers(limit: 1000) { docs { name interviews { docs { title } } } } }',
        { token: token() },
      )
      expect(status).toBe(400)
      expect(readsOf).toEqual([])
      expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY')
      expect(answer.errors?.[0]?.message).toMatch(/at most 5000/)
    })

    it('should price a limit sent as a variable', async () => {
      const query =
        'query ($n: Int) { Speakers(limit: $n) { docs { topics { speakers(limit: 10) { docs { name } } } } } }'
      expect((await post(query, { token: token(), variables: { n: 2 } })).status).toBe(200)
      expect((await post(query, { token: token(), variables: { n: 500 } })).status).toBe(400)
    })

    it('should price an unbounded join (no limit: Payload fetches all) as 1000 documents', async () => {
      const unbounded = await post(
        '{ Topics(limit: 10) { docs { speakers { docs { name } } } } }',
        {
          token: token(),
        },
      )
      expect(unbounded.status).toBe(400)
      const bounded = await post(
        '{ Topics(limit: 10) { docs { speakers(limit: 20) { docs { name } } } } }',
        { token: token() },
      )
      expect(bounded.status).toBe(200)
    })

    it('should refuse a fragment cycle with 400, not a stack overflow', async () => {
      const { answer, readsOf, status } = await post(
        '{ Speakers { docs { ...A } } } fragment A on Speaker { name ...B } fragment B on Speaker { slug ...A }',
        { token: token() },
      )
      expect(status).toBe(400)
      expect(readsOf).toEqual([])
      expect(answer.errors?.[0]?.extensions?.code).toBe('FRAGMENT_CYCLE')
      expect(answer.errors?.[0]?.message).not.toMatch(/Something went wrong/)
    })

    it('should refuse fragments that double at each level, quickly', async () => {
      const levels = Array.from(
        { length: 40 },
        (_, i) => `fragment F${i} on Speaker { name ...F${i + 1} ...F${i + 1} }`,
      )
      const query = `{ Speakers { docs { ...F0 } } } ${levels.join(' ')} fragment F40 on Speaker { slug }`
      const { answer, status } = await post(query, { token: token() })
      expect(status).toBe(400)
      expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LARGE')
    })

    it('should refuse a list value nested 5,000 deep with 400 before the parser recurses', async () => {
      const nested = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`
      const { answer, readsOf, status } = await post(
        `{ Speakers(where: { name: { in: ${nested} } }) { totalDocs } }`,
        { token: token() },
      )
      expect(status).toBe(400)
      expect(readsOf).toEqual([])
      expect(answer.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP')
      expect(answer.errors?.[0]?.message).not.toMatch(/call stack/i)
      // Brackets inside a string or a comment are not nesting.
      const quoted = await post(
        `{ Speakers(where: { name: { equals: "${'['.repeat(100)}" } }) { totalDocs } } # ${'{'.repeat(100)}`,
        {
          token: token(),
        },
      )
      expect(quoted.status).toBe(200)
      expect(quoted.answer.data?.Speakers.totalDocs).toBe(0)
    })

    it('should refuse deep nesting with 400', async () => {
      let selection = 'name'
      for (let i = 0; i < 12; i++) selection = `parent { ${selection} }`
      const { answer, readsOf, status } = await post(`{ Topics { docs { ${selection} } } }`, {
        token: token(),
      })
      expect(status).toBe(400)
      expect(readsOf).toEqual([])
      expect(answer.errors?.[0]?.message).toMatch(/depth|nested/i)
    })
  })

  it('should name no fields in suggestions in production, and still in development', async () => {
    const query = '{ Speakers(limt: 1) { docs { nam } } }'
    const development = await post(query)
    expect(development.status).toBe(400)
    expect(development.answer.errors?.map(({ message }) => message).join(' ')).toMatch(
      /Did you mean/,
    )
    const production = await inProduction(() => post(query))
    expect(production.status).toBe(400)
    const messages = production.answer.errors?.map(({ message }) => message) ?? []
    expect(messages.length).toBeGreaterThan(0)
    expect(messages.join(' ')).not.toMatch(/Did you mean|"name"|"limit"/)
  })

  it('should strip suggestions from variable errors in production too', async () => {
    const query = 'query ($w: Speaker_where) { Speakers(where: $w) { totalDocs } }'
    const production = await inProduction(() =>
      post(query, { variables: { w: { nam: { equals: 'x' } } } }),
    )
    expect(production.status).toBe(400)
    expect(JSON.stringify(production.answer)).not.toMatch(/Did you mean|"name"/)
  })

  it('should answer its refusals in Chinese for a Chinese reader', async () => {
    const response = await api.graphqlRaw(
      JSON.stringify({ query: aliases(21, 'countTopics { totalDocs }') }),
      { headers: { 'accept-language': 'zh-CN,zh;q=0.9', 'content-type': 'application/json' } },
    )
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/顶层/)
  })

  it('should price a fragment cycle without recursing when the rule meets one itself', async () => {
    const { schema } = configToSchema(await ctx.config)
    const document = parse(
      '{ Speakers { docs { ...A } } } fragment A on Speaker { ...B } fragment B on Speaker { ...A }',
    )
    const price = priceOperation({
      fragments: document.definitions.filter(
        (d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION,
      ),
      operation: document.definitions[0] as OperationDefinitionNode,
      schema,
    })
    expect(price).toEqual({ fragment: 'A', kind: 'cycle' })
  })
})
