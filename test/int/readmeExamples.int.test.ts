import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { seed } from '../../seed/index'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bookingByReference } from '../helpers/bookings'
import { bootPayload, type TestContext } from '../helpers/bootPayload'

type Example = { command: string; name: string }

/** The README's examples, each a `<!-- example: name -->` marker followed by a sh code block. */
const readmeExamples = (): Map<string, Example> => {
  const readme = fs.readFileSync(path.resolve(process.cwd(), 'README.md'), 'utf8')
  const examples = new Map<string, Example>()
  for (const match of readme.matchAll(/<!-- example: ([\w-]+) -->\s*```sh\n([\s\S]*?)```/g)) {
    examples.set(match[1], { command: match[2].replace(/\\\n\s*/g, ' ').trim(), name: match[1] })
  }
  return examples
}

/** Runs a README curl command against Payload's real handlers (same routes as the dev server). */
const run = async (api: ApiClient, { command }: Example): Promise<any> => {
  const url = /'(http:\/\/localhost:3000\/api[^']*)'/.exec(command)?.[1]
  if (!url) throw new Error(`no URL in: ${command}`)
  const apiPath = url.replace('http://localhost:3000/api', '')
  const body = JSON.parse(/-d '([^']*)'/.exec(command)?.[1] ?? 'null')
  if (apiPath === '/graphql') return api.graphql(body.query)
  if (body) {
    const response = await api.post(apiPath, { body })
    return { status: response.status, ...(await response.json()) }
  }
  const response = await api.get(apiPath)
  expect(response.status).toBe(200)
  return response.json()
}

describe('README examples', () => {
  let ctx: TestContext
  let api: ApiClient
  const examples = readmeExamples()
  const example = (name: string): Example => {
    const found = examples.get(name)
    if (!found) throw new Error(`README has no example "${name}"`)
    return found
  }

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    await seed({ env: {}, log: () => undefined, payload: ctx.payload })
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should have the documented examples', () => {
    expect([...examples.keys()]).toEqual([
      'interviews-newest',
      'interviews-latest-no-count',
      'interview-by-slug',
      'speakers-by-topic',
      'graphql-featured',
      'speakers-search',
      'speakers-search-facets',
      'booking-request',
    ])
  })

  it('should list published interviews newest first', async () => {
    const body = await run(api, example('interviews-newest'))
    expect(body.totalDocs).toBe(16)
    expect(body.docs[0].title).toBe('Search habits in Seoul')
    const dates = body.docs.map((doc: { publishedAt: string }) => doc.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(Object.keys(body.docs[0]).sort()).toEqual(['id', 'publishedAt', 'slug', 'title'])
  })

  it('should list the newest interviews without counting them all', async () => {
    const body = await run(api, example('interviews-latest-no-count'))
    expect(body.docs.map((doc: { title: string }) => doc.title)[0]).toBe('Search habits in Seoul')
    expect(body.docs).toHaveLength(4)
    // No count ran: the totals describe this answer only (16 interviews are published).
    expect(body).toMatchObject({ hasNextPage: false, totalDocs: 4, totalPages: 1 })
  })

  it('should find an interview by slug with speaker cards and photos', async () => {
    const body = await run(api, example('interview-by-slug'))
    expect(body.source.publication).toBe('Korea JoongAng Daily')
    expect(body.speakers).toHaveLength(1)
    const [speaker] = body.speakers
    expect(speaker).toMatchObject({ name: 'Kaiser Kuo', organization: 'Baidu' })
    expect(speaker.bio).toBeUndefined()
    expect(speaker.photo.url).toMatch(/\.png$/)
  })

  it('should list the speakers of a topic as cards', async () => {
    const body = await run(api, example('speakers-by-topic'))
    expect(body.docs.map((doc: { name: string }) => doc.name)).toEqual([
      'Анна Петрова',
      '李晓华',
      '박서연',
    ])
    expect(Object.keys(body.docs[0]).sort()).toEqual([
      'id',
      'jobTitle',
      'name',
      'organization',
      'photo',
      'shortBio',
      'slug',
    ])
    expect(body.docs[0].photo.url).toMatch(/\.png$/)
  })

  it('should find a speaker by pinyin', async () => {
    const body = await run(api, example('speakers-search'))
    expect(body.docs.map((doc: { name: string }) => doc.name)).toEqual(['李晓华'])
    expect(Object.keys(body.docs[0]).sort()).toEqual([
      'feeBand',
      'id',
      'jobTitle',
      'languages',
      'name',
      'organization',
      'photo',
      'slug',
      'topics',
    ])
  })

  it('should search with a filter and count facets without their own filter', async () => {
    const body = await run(api, example('speakers-search-facets'))
    expect(body.docs.map((doc: { name: string }) => doc.name)).toEqual([
      'Анна Петрова',
      '박서연',
      '李晓华',
    ])
    const languages = Object.fromEntries(
      body.facets.languages.map((facet: { count: number; value: string }) => [
        facet.value,
        facet.count,
      ]),
    )
    expect(languages).toMatchObject({ en: 3, ko: 1, ru: 1, zh: 2 })
    expect(body.facets.topics[0]).toEqual({
      count: 3,
      name: 'Internet experts',
      slug: 'internet-experts',
    })
  })

  it('should answer the GraphQL example', async () => {
    const body = await run(api, example('graphql-featured'))
    expect(body.errors).toBeUndefined()
    expect(body.data.Speakers.docs.map((doc: { name: string }) => doc.name)).toEqual([
      'Kaiser Kuo',
      '김영희',
    ])
  })

  it('should take the booking request example and answer only "received"', async () => {
    const body = await run(api, example('booking-request'))
    expect(body.status).toBe(201)
    expect(body.doc.status).toBe('received')
    expect(body.doc).not.toHaveProperty('id')
    const stored = await bookingByReference(ctx.payload, body.doc.reference)
    expect(stored).toMatchObject({ eventName: 'Digital China Summit', status: 'new' })
  })
})
