import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import type { OpenAPIV3_1 } from 'openapi-types'

import { portraitFor } from '../../seed/portrait'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'

type Document = OpenAPIV3_1.Document

/**
 * The document comes from `scripts/print-openapi.ts` in a child process: payload-oapi's generator
 * loads ESM-only helpers through CommonJS, which Node runs and Jest's module loader cannot.
 */
const runScript = async (script: string, ...args: string[]): Promise<string> => {
  const { NODE_OPTIONS: _ignored, ...env } = process.env
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--conditions=production', script, ...args],
    { env: { ...env, LOG_LEVEL: 'silent' }, maxBuffer: 20 * 1024 * 1024 },
  )
  return stdout
}

const generateSpec = async (): Promise<Document> => {
  const stdout = await runScript('scripts/print-openapi.ts')
  return JSON.parse(stdout.slice(stdout.indexOf('\n{') + 1)) as Document
}

/** Follows a `$ref` inside the document. */
const resolve = <T>(spec: Document, value: T | OpenAPIV3_1.ReferenceObject): T => {
  if (!value || typeof value !== 'object' || !('$ref' in value)) return value as T
  return value.$ref
    .slice(2)
    .split('/')
    .reduce((node: any, key) => node[key], spec) as T
}

describe('the OpenAPI document at /api/openapi.json', () => {
  let spec: Document
  let ctx: TestContext
  let api: ApiClient
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false })
  const params: Record<string, Record<string, string>> = {}

  beforeAll(async () => {
    ;[spec, ctx] = await Promise.all([generateSpec(), bootPayload()])
    api = createApiClient(ctx.config)
    ajv.addSchema({ $id: 'spec', components: spec.components }, 'spec')
    const { payload } = ctx
    const topic = await payload.create({ collection: 'topics', data: { name: 'Internet experts' } })
    const photo = await payload.create({
      collection: 'media',
      data: { alt: 'Portrait of Kaiser Kuo' },
      file: {
        data: await portraitFor('Kaiser Kuo'),
        mimetype: 'image/png',
        name: 'kaiser-kuo.png',
        size: 1,
      },
    })
    const speaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Kaiser Kuo', photo: photo.id, topics: [topic.id] },
    })
    const interview = await payload.create({
      collection: 'interviews',
      data: { _status: 'published', speakers: [speaker.id], title: 'Kaiser Kuo on the internet' },
    })
    params['/api/speakers'] = { id: String(speaker.id), slug: String(speaker.slug) }
    params['/api/interviews'] = { id: String(interview.id), slug: String(interview.slug) }
    params['/api/topics'] = { id: String(topic.id), slug: String(topic.slug) }
    params['/api/media'] = { id: String(photo.id) }
  }, 120_000)

  afterAll(async () => {
    await ctx?.close()
  })

  /** Checks a JSON body against the schema the document gives for this operation and status. */
  const expectAsDocumented = (
    operation: OpenAPIV3_1.OperationObject,
    status: number,
    body: unknown,
  ) => {
    const documented = operation.responses?.[String(status)]
    expect({ operationId: operation.operationId, status, documented: Boolean(documented) }).toEqual(
      {
        documented: true,
        operationId: operation.operationId,
        status,
      },
    )
    const schema = resolve(spec, documented!).content?.['application/json']?.schema
    if (!schema) return
    const validate = ajv.compile(
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"spec#/components')),
    )
    const valid = validate(body)
    expect({ operationId: operation.operationId, errors: valid ? null : validate.errors }).toEqual({
      errors: null,
      operationId: operation.operationId,
    })
  }

  it('should be a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(spec as never)
    expect(result.errors ?? null).toBeNull()
    expect(result.valid).toBe(true)
    expect(spec.openapi).toMatch(/^3\.1\./)
  })

  it('should document the public API only: content reads and the booking form', () => {
    const operations = Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {})
        .filter((key) => key !== 'parameters')
        .map((method) => `${method.toUpperCase()} ${path}`),
    )
    expect(operations.sort()).toEqual(
      [
        'GET /api/interviews',
        'GET /api/interviews/by-slug/{slug}',
        'GET /api/interviews/{id}',
        'GET /api/media',
        'GET /api/media/{id}',
        'GET /api/speakers',
        'GET /api/speakers/by-slug/{slug}',
        'GET /api/speakers/{id}',
        'GET /api/topics',
        'GET /api/topics/by-slug/{slug}',
        'GET /api/topics/{id}',
        'POST /api/booking-requests',
      ].sort(),
    )
    const body = resolve(spec, spec.paths!['/api/booking-requests']!.post!.requestBody!)
    const fields = Object.keys(
      (body.content!['application/json'].schema as { properties: object }).properties,
    )
    expect(fields).toEqual(
      expect.arrayContaining(['contactName', 'email', 'eventDate', 'eventName']),
    )
    for (const internal of [
      'status',
      'assignee',
      'internalNotes',
      'statusHistory',
      'source',
      'notifications',
    ])
      expect(fields).not.toContain(internal)
  })

  it('should answer every documented read as documented, for an anonymous frontend', async () => {
    for (const [template, item] of Object.entries(spec.paths ?? {})) {
      const operation = item?.get
      if (!operation) continue
      const collection = template.split('/').slice(0, 3).join('/')
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => params[collection][name])
      const response = await api.get(path.replace(/^\/api/, ''))
      expect({ path, status: response.status }).toEqual({ path, status: 200 })
      expectAsDocumented(operation, 200, await response.json())
    }
  })

  it('should answer the booking form as documented: 201 for a valid request, 400 for an invalid one', async () => {
    const operation = spec.paths!['/api/booking-requests']!.post!
    const valid = await api.post('/booking-requests', {
      body: {
        contactName: 'Mei Organiser',
        email: 'mei@events.test',
        eventDate: '2031-05-01',
        eventLocation: 'Beijing',
        eventName: 'Internet Summit',
        speakers: [Number(params['/api/speakers'].id) || params['/api/speakers'].id],
      },
    })
    expectAsDocumented(operation, valid.status, await valid.json())
    expect(valid.status).toBe(201)
    const invalid = await api.post('/booking-requests', { body: { contactName: 'Mei' } })
    expect(invalid.status).toBe(400)
    expectAsDocumented(operation, 400, await invalid.json())
  })

  it('should answer a slug that does not exist, and one that moved, as documented', async () => {
    const operation = spec.paths!['/api/speakers/by-slug/{slug}']!.get!
    const missing = await api.get('/speakers/by-slug/nobody-here')
    expect(missing.status).toBe(404)
    expectAsDocumented(operation, 404, await missing.json())
    const speaker = await ctx.payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Moving Speaker' },
    })
    await ctx.payload.update({
      collection: 'speakers',
      data: { slug: 'moved-speaker' },
      id: speaker.id,
    })
    const moved = await api.get(`/speakers/by-slug/${speaker.slug}`)
    expect(moved.status).toBe(301)
    expectAsDocumented(operation, 301, await moved.json())
  })

  it('should serve Swagger UI at /api/docs from this server, not a CDN', async () => {
    const page = await api.get('/docs')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).not.toMatch(/https?:\/\//)
    for (const asset of html.match(/\/api\/docs\/[\w.-]+/g) ?? []) {
      const response = await api.get(asset.replace(/^\/api/, ''))
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 })
      expect((await response.text()).length).toBeGreaterThan(10)
    }
    expect(html).toContain('/api/docs/swagger-ui-bundle.js')
  })

  it('should build the document once per server URL, and name the server each request came to', async () => {
    // Building takes about 100 ms of CPU: built once, then kept until the server URL changes.
    const stdout = await runScript(
      'test/helpers/printOpenApiServers.ts',
      'http://a.test',
      'http://a.test',
      'http://b.test',
      'http://a.test',
    )
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toEqual([
      { builds: 1, server: 'http://a.test' },
      { builds: 1, server: 'http://a.test' },
      { builds: 2, server: 'http://b.test' },
      { builds: 3, server: 'http://a.test' },
    ])
  }, 60_000)
})
