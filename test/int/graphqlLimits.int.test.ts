import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

import { graphQLLimits } from '../../src/security/graphQLLimits'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { inProduction } from '../helpers/inProduction'

const INTROSPECTION = '{ __schema { queryType { name } } }'

/** `{ parent { parent { … name } } }` nested `levels` times. */
const nestedTopics = (levels: number): string => {
  let selection = 'name'
  for (let i = 0; i < levels; i++) selection = `parent { ${selection} }`
  return `{ Topics { docs { ${selection} } } }`
}

describe('GraphQL limits', () => {
  let ctx: TestContext
  let api: ApiClient

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    await ctx.payload.create({ collection: 'topics', data: { name: 'Internet experts' } })
  })

  afterAll(async () => {
    await ctx.close()
  })

  it("should answer a frontend's ordinary query", async () => {
    const result = await api.graphql(
      '{ Speakers(limit: 20) { docs { name slug topics { name slug } photo { url alt } } } Topics { docs { name } } }',
    )
    expect(result.errors).toBeUndefined()
    expect(result.data?.Topics.docs).toEqual([{ name: 'Internet experts' }])
  })

  it('should refuse a query over the complexity limit, before running it', async () => {
    // Payload's count of selected fields; root fields and lists are priced in graphqlCost.int.test.ts.
    const aliases = Array.from(
      { length: graphQLLimits.maxComplexity },
      (_, i) => `n${i}: name`,
    ).join(' ')
    const result = await api.graphql(`{ Topics { docs { ${aliases} } } }`)
    expect(result.data).toBeUndefined()
    expect(result.errors?.[0]?.message).toMatch(/complexity/i)
  })

  it('should refuse a query nested deeper than allowed', async () => {
    expect((await api.graphql(nestedTopics(2))).errors).toBeUndefined()
    const result = await api.graphql(nestedTopics(graphQLLimits.maxDepth))
    expect(result.data).toBeUndefined()
    expect(result.errors?.[0]?.message).toMatch(/depth|nested/i)
  })

  it('should allow introspection in development (codegen) and refuse it in production', async () => {
    const development = await api.graphql(INTROSPECTION)
    expect(development.data?.__schema.queryType.name).toBe('Query')
    const production = await inProduction(() => api.graphql(INTROSPECTION))
    expect(production.data).toBeUndefined()
    expect(production.errors?.[0]?.message).toMatch(/introspection is not allowed/i)
  })

  it('should not serve the GraphQL playground in production', async () => {
    const playground = GRAPHQL_PLAYGROUND_GET(ctx.config)
    const request = () => new Request('http://localhost:3000/api/graphql-playground')
    const development = await playground(request())
    expect(development.status).toBe(200)
    const production = await inProduction(() => playground(request()))
    expect(production.status).toBe(404)
  })
})
