import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Validator } from '@seriousme/openapi-schema-validator'
import Ajv2020 from 'ajv/dist/2020.js'
import { REST_GET } from '@payloadcms/next/routes'
import type { OpenAPIV3_1 } from 'openapi-types'

import {
  allInterviews,
  type BookingRequestInput,
  createBureauApi,
  findSpeakers,
  requestBooking,
  speakerBySlug,
  speakersOfTopic,
} from '../../examples/openapi-client/bureauApi'
import { CLIENT_IP_HEADER } from '../../src/vocabulary/clientIpHeader'
import { portraitFor } from '../../seed/portrait'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { makeBookingRequest } from '../helpers/proposals'
import { type SignedInUser, signInAs } from '../helpers/users'
import { proposalToken } from '../../src/proposals/proposalToken'

type Document = OpenAPIV3_1.Document
type Operation = OpenAPIV3_1.OperationObject
type Schema = Record<string, any>

const SCHEMAS = '#/components/schemas/'
/** Fields of the content team that anonymous readers never get. */
const TEAM_FIELDS = [
  'reviewState',
  'reviewNote',
  'reviewSubmittedBy',
  'contentEditedBy',
  'reviewHistory',
  'usedMedia',
  'isPublic',
]
/** Fields of staff that the booking form never takes. */
const STAFF_FIELDS = [
  'reference',
  'status',
  'assignee',
  'internalNotes',
  'statusHistory',
  'noteRemovals',
  'source',
  'notifications',
]

/** Follows a `$ref` inside the document. */
const resolve = <T>(spec: Document, value: unknown): T => {
  if (!value || typeof value !== 'object' || !('$ref' in value)) return value as T
  return resolve(
    spec,
    String(value.$ref)
      .slice(2)
      .split('/')
      .reduce((node: any, key) => node[key], spec),
  )
}

/** Every operation of the document as `METHOD /path`. */
const operationsOf = (spec: Document): [string, Operation][] =>
  Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {}).map(([method, operation]): [string, Operation] => [
      `${method.toUpperCase()} ${path}`,
      operation as Operation,
    ]),
  )

/** Every object schema under `node`, with where it sits. */
const objectSchemas = (node: unknown, at = ''): [string, Schema][] => {
  if (!node || typeof node !== 'object') return []
  const own: [string, Schema][] = (node as Schema).type === 'object' ? [[at, node as Schema]] : []
  return [
    ...own,
    ...Object.entries(node).flatMap(([key, value]) => objectSchemas(value, `${at}/${key}`)),
  ]
}

let ctx: TestContext
let api: ApiClient
let spec: Document
let clients = 0
/** A client address never used before, as the Express server would stamp it. */
const newClient = () => ({ [CLIENT_IP_HEADER]: `198.51.100.${++clients}` })
const ids: Record<string, { id: number | string; movedFrom?: string; slug?: string }> = {}

const validBooking = <Id extends number | string>(speakerId: Id) => ({
  consent: true as const,
  contactName: 'Mei Organiser',
  email: 'mei@events.test',
  eventDate: '2031-05-01',
  eventLocation: 'Beijing',
  eventName: 'Internet Summit',
  speakers: [speakerId],
})

beforeAll(async () => {
  ctx = await bootPayload()
  api = createApiClient(ctx.config)
  const response = await api.get('/openapi.json')
  expect(response.status).toBe(200)
  spec = (await response.json()) as Document
  const { payload } = ctx
  const topic = await payload.create({
    collection: 'topics',
    data: { name: 'Internet experts', slug: 'internet-experts' },
  })
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
    data: {
      _status: 'published',
      speakers: [speaker.id],
      title: 'Kaiser Kuo on the internet',
      topics: [topic.id],
    },
  })
  ids.speakers = { id: speaker.id, slug: speaker.slug! }
  ids.interviews = { id: interview.id, slug: interview.slug! }
  ids.topics = { id: topic.id, slug: topic.slug! }
  ids.media = { id: photo.id }
  // Each slugged collection gets a document whose slug moved, for the by-slug 301.
  const moved = {
    interviews: { _status: 'published', speakers: [speaker.id], title: 'A moved interview' },
    speakers: { _status: 'published', name: 'A Moved Speaker' },
    topics: { name: 'A moved topic' },
  } as const
  for (const [collection, data] of Object.entries(moved)) {
    const doc = await payload.create({ collection: collection as 'topics', data: data as never })
    await payload.update({
      collection: collection as 'topics',
      data: { slug: `${doc.slug}-renamed` },
      id: doc.id,
    })
    ids[collection].movedFrom = String(doc.slug)
  }
}, 120_000)

afterAll(async () => {
  await ctx?.close()
})

describe('the OpenAPI document at /api/openapi.json', () => {
  it('should be a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(spec as never)
    expect(result.errors ?? null).toBeNull()
    expect(spec.openapi).toMatch(/^3\.1\./)
  })

  it('should document the public API and the staff routes of proposals, holds and calendars', () => {
    expect(
      operationsOf(spec)
        .map(([name, { operationId }]) => `${name} ${operationId}`)
        .sort(),
    ).toEqual(
      [
        'GET /api/interviews listInterviews',
        'GET /api/interviews/by-slug/{slug} findInterviewBySlug',
        'GET /api/interviews/search searchInterviews',
        'GET /api/interviews/{id} findInterviewById',
        'GET /api/media listMedia',
        'GET /api/media/{id} findMediaById',
        'GET /api/speakers listSpeakers',
        'GET /api/speakers/by-slug/{slug} findSpeakerBySlug',
        'GET /api/speakers/search searchSpeakers',
        'GET /api/speakers/{id} findSpeakerById',
        'GET /api/topics listTopics',
        'GET /api/topics/by-slug/{slug} findTopicBySlug',
        'GET /api/topics/{id} findTopicById',
        'POST /api/booking-requests createBookingRequest',
        'GET /api/speakers/{slug}/availability getSpeakerAvailability',
        'POST /api/speakers/{id}/calendar-link createSpeakerCalendarLink',
        'DELETE /api/speakers/{id}/calendar-link revokeSpeakerCalendarLink',
        'GET /api/calendar-links/feed/{token} getSpeakerCalendarFeed',
        'POST /api/proposals createProposal',
        'GET /api/proposals/{id} getProposal',
        'PATCH /api/proposals/{id} updateProposal',
        'POST /api/proposals/{id}/send sendProposal',
        'POST /api/proposals/{id}/revoke revokeProposal',
        'GET /api/proposals/by-token/{token} getProposalByToken',
        'POST /api/proposals/by-token/{token}/accept acceptProposal',
        'POST /api/proposals/by-token/{token}/decline declineProposal',
        'GET /api/holds listHolds',
        'POST /api/holds createHold',
        'GET /api/holds/{id} getHold',
        'PATCH /api/holds/{id} updateHold',
        'POST /api/privacy/export exportPersonalData',
        'POST /api/privacy/erase erasePersonalData',
      ].sort(),
    )
    const tags = operationsOf(spec).flatMap(([, { tags }]) => tags ?? [])
    expect((spec.tags ?? []).map(({ name }) => name).sort()).toEqual([...new Set(tags)].sort())
    expect(operationsOf(spec).map(([, { summary }]) => summary)).toEqual(
      expect.arrayContaining([
        'Find an interview by id',
        'Find a speaker by slug',
        'List speakers',
      ]),
    )
  })

  it('should type where as named conditions, relationship paths included, that nest through and/or', () => {
    const where = (path: string) =>
      (spec.paths![path]!.get!.parameters as OpenAPIV3_1.ParameterObject[]).find(
        (parameter) => parameter.name === 'where',
      )!
    const speakerWhere = resolve<Schema>(spec, where('/api/speakers').schema)
    // The bare `{ type: object }` in an allOf became Record<string, never> in generated types.
    expect(where('/api/speakers').schema).toEqual({ $ref: `${SCHEMAS}SpeakerWhere` })
    // Swagger UI's Try it out starts from it (else a sample with "string" in every field: a 400).
    expect(where('/api/speakers').example).toEqual({})
    expect(speakerWhere.additionalProperties).toBe(false)
    expect(Object.keys(speakerWhere.properties)).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'slug',
        'topics',
        'topics.slug',
        'featured',
        'and',
        'or',
      ]),
    )
    expect(speakerWhere.properties.and).toEqual({
      items: { $ref: `${SCHEMAS}SpeakerWhere` },
      type: 'array',
    })
    const interviewWhere = resolve<Schema>(spec, where('/api/interviews').schema)
    expect(Object.keys(interviewWhere.properties)).toEqual(
      expect.arrayContaining([
        'speakers',
        'speakers.slug',
        'topics',
        'topics.slug',
        'source.originalDate',
      ]),
    )
    expect(interviewWhere.properties['source.originalDate']).toEqual({
      $ref: `${SCHEMAS}DayFilter`,
    })
    // No object a generator would type as "no properties at all".
    const open = objectSchemas(spec).filter(
      ([, schema]) =>
        !schema.properties && schema.additionalProperties === undefined && !schema.oneOf,
    )
    expect(open.map(([at]) => at)).toEqual([])
  })

  it("should leave the content team's fields out of what anyone reads, filters, sorts and selects", () => {
    const schemas = spec.components!.schemas as Record<string, Schema>
    for (const name of ['Speaker', 'Interview', 'Topic', 'Media']) {
      for (const suffix of ['', 'Populated', 'Where', 'Select']) {
        const fields = Object.keys(schemas[`${name}${suffix}`]?.properties ?? {})
        expect({
          name: `${name}${suffix}`,
          team: fields.filter((field) => TEAM_FIELDS.includes(field)),
        }).toEqual({
          name: `${name}${suffix}`,
          team: [],
        })
      }
    }
    const sort = (
      spec.paths!['/api/speakers']!.get!.parameters as OpenAPIV3_1.ParameterObject[]
    ).find(({ name }) => name === 'sort')!.schema as Schema
    expect(
      sort.enum.filter((option: string) => TEAM_FIELDS.includes(option.replace(/^-/, ''))),
    ).toEqual([])
  })

  it('should type the booking form as the server takes it: lists of ids, what is required, no staff fields', () => {
    const operation = spec.paths!['/api/booking-requests']!.post!
    const body = operation.requestBody as OpenAPIV3_1.RequestBodyObject
    expect(body.required).toBe(true)
    const schema = body.content['application/json'].schema as Schema
    const input = resolve<Schema>(spec, schema.allOf[0])
    expect(input.properties.speakers).toMatchObject({ items: { type: 'integer' }, maxItems: 5 })
    expect(input.properties.topics).toMatchObject({ items: { type: 'integer' }, maxItems: 10 })
    expect(input.required.sort()).toEqual(['consent', 'contactName', 'email', 'eventDate', 'eventName'])
    expect(input.properties.eventDate).toMatchObject({ format: 'date' })
    expect(input.properties.format.description).toMatch(/Default: "in_person"/)
    expect(input.properties.format).not.toHaveProperty('default')
    expect(Object.keys(input.properties).filter((field) => STAFF_FIELDS.includes(field))).toEqual(
      [],
    )
    // A place unless the event is virtual, as alternatives a validator and a generator both read.
    const ajv = new Ajv2020({ strict: false, validateFormats: false })
    ajv.addSchema({ $id: 'spec', components: spec.components }, 'spec')
    const validate = ajv.compile(
      JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"spec#/components')),
    )
    const base = {
      consent: true,
      contactName: 'Mei',
      email: 'mei@events.test',
      eventDate: '2031-05-01',
      eventName: 'Summit',
    }
    expect(validate({ ...base, eventLocation: 'Beijing' })).toBe(true)
    expect(validate({ ...base, format: 'virtual' })).toBe(true)
    expect(validate({ ...base, format: 'hybrid', eventLocation: 'Shanghai' })).toBe(true)
    expect(validate(base)).toBe(false)
    expect(validate({ ...base, format: 'hybrid' })).toBe(false)
    expect(validate({ ...base, eventLocation: 'Beijing', speakers: 1 })).toBe(false)
  })

  it('should document the errors of every operation in one shape that names the field', () => {
    for (const [name, operation] of operationsOf(spec)) {
      const statuses = Object.keys(operation.responses ?? {})
      // Whatever takes input beyond an id or token in its path can be sent it wrong.
      const takesInput =
        Boolean(operation.requestBody) ||
        (operation.parameters ?? []).some((p) => 'in' in p && p.in === 'query')
      if (takesInput)
        expect({ name, has400: statuses.includes('400') }).toEqual({ name, has400: true })
      if (name.includes('{'))
        expect({ name, has404: statuses.includes('404') }).toEqual({ name, has404: true })
      // Public reads carry an ETag (staff's and a link holder's answers are never cached).
      const isPublicRead =
        name.startsWith('GET') &&
        JSON.stringify(operation.security) !== JSON.stringify([{ bearerAuth: [] }]) &&
        !/by-token|feed/.test(name)
      if (isPublicRead)
        expect({ name, has304: statuses.includes('304') }).toEqual({ name, has304: true })
    }
    const item = resolve<Schema>(spec, { $ref: `${SCHEMAS}ErrorItem` })
    expect(item.properties.path).toMatchObject({ type: 'string' })
    expect(resolve<Schema>(spec, item.properties.data.properties.errors.items).required).toEqual([
      'message',
      'path',
    ])
  })

  it('should point at every component it has', () => {
    const text = JSON.stringify({ ...spec, components: { ...spec.components, schemas: {} } })
    const schemas = spec.components!.schemas as Record<string, Schema>
    const referenced = new Set<string>()
    const visit = (json: string) => {
      for (const [, name] of json.matchAll(/"#\/components\/schemas\/(\w+)"/g)) {
        if (referenced.has(name)) continue
        referenced.add(name)
        visit(JSON.stringify(schemas[name]))
      }
    }
    visit(text)
    expect(Object.keys(schemas).filter((name) => !referenced.has(name))).toEqual([])
    expect([...referenced].filter((name) => !(name in schemas))).toEqual([])
  })

  it('should answer every documented operation with every documented status, each as documented', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false })
    ajv.addSchema({ $id: 'spec', components: spec.components }, 'spec')
    const missingId = ctx.payload.db.defaultIDType === 'number' ? 987654 : 'f'.repeat(24)
    const etagOf = async (path: string) => (await api.get(path)).headers.get('etag')!
    const read = (path: string) => async (status: string) => {
      if (status === '200') return api.get(path)
      if (status === '304')
        return api.get(path, { headers: { 'If-None-Match': await etagOf(path) } })
      if (status === '400') return api.get(`${path}${path.includes('?') ? '&' : '?'}depth=-1`)
      throw new Error(`no call for ${status}`)
    }
    const calls: Record<string, (status: string) => Promise<Response>> = {}
    for (const collection of ['speakers', 'interviews', 'topics', 'media']) {
      const { id, movedFrom, slug } = ids[collection]
      calls[`GET /api/${collection}`] = read(`/${collection}?depth=1`)
      calls[`GET /api/${collection}/{id}`] = (status) =>
        status === '404'
          ? api.get(`/${collection}/${missingId}`)
          : read(`/${collection}/${id}`)(status)
      calls[`GET /api/${collection}/by-slug/{slug}`] = (status) =>
        status === '404'
          ? api.get(`/${collection}/by-slug/nobody-here`)
          : status === '301'
            ? api.get(`/${collection}/by-slug/${movedFrom}`)
            : read(`/${collection}/by-slug/${slug}`)(status)
    }
    for (const [collection, q] of [
      ['speakers', 'kaiser'],
      ['interviews', 'internet'],
    ]) {
      calls[`GET /api/${collection}/search`] = (status) =>
        status === '400'
          ? api.get(`/${collection}/search?limit=0`)
          : read(`/${collection}/search?q=${q}`)(status)
    }
    const client = newClient()
    calls['POST /api/booking-requests'] = async (status) => {
      if (status === '201')
        return api.post('/booking-requests', {
          body: validBooking(ids.speakers.id),
          headers: newClient(),
        })
      if (status === '400')
        return api.post('/booking-requests', { body: { contactName: 'Mei' }, headers: newClient() })
      if (status === '413')
        return api.post('/booking-requests', {
          body: { message: 'x'.repeat(70_000) },
          headers: newClient(),
        })
      // The sixth request from one address within the window.
      for (let i = 0; i < 5; i++) await api.post('/booking-requests', { body: {}, headers: client })
      return api.post('/booking-requests', { body: {}, headers: client })
    }

    // Staff routes (proposals, holds, calendar links) and the client's proposal link.
    const staff = await signInAs(ctx.payload, 'staff')
    const editor = await signInAs(ctx.payload, 'editor')
    const as = (who?: SignedInUser) => (who ? { token: who.token } : {})
    const request = await makeBookingRequest(ctx.payload)
    const proposalBody = {
      bookingRequest: request.id,
      items: [{ feeAmount: 1000, feeCurrency: 'USD', speaker: ids.speakers.id }],
    }
    const newProposal = async (): Promise<number | string> =>
      (await (await api.post('/proposals', { body: proposalBody, ...as(staff) })).json()).doc.id
    /** A sent proposal's link token, derived as the mail job does. */
    const sentToken = async (): Promise<string> => {
      const id = await newProposal()
      await api.post(`/proposals/${id}/send`, as(staff))
      const { tokenNonce } = await ctx.payload.findByID({ collection: 'proposals', id })
      return proposalToken(ctx.payload.secret, String(tokenNonce))
    }
    const revokedToken = async () => {
      const token = await sentToken()
      const [proposal] = (
        await ctx.payload.find({ collection: 'proposals', sort: '-createdAt', limit: 1 })
      ).docs
      await api.post(`/proposals/${proposal.id}/revoke`, as(staff))
      return token
    }
    const unknownToken = 'A'.repeat(43)
    const byStatus =
      (answers: Record<string, () => Promise<Response>>) =>
      (status: string): Promise<Response> => {
        const answer = answers[status]
        if (!answer) throw new Error(`no call for ${status}`)
        return answer()
      }
    calls['POST /api/proposals'] = byStatus({
      201: () => api.post('/proposals', { body: proposalBody, ...as(staff) }),
      400: () => api.post('/proposals', { body: { ...proposalBody, items: [] }, ...as(staff) }),
      403: () => api.post('/proposals', { body: proposalBody }),
    })
    const proposalId = await newProposal()
    calls['GET /api/proposals/{id}'] = byStatus({
      200: () => api.get(`/proposals/${proposalId}`, as(staff)),
      403: () => api.get(`/proposals/${proposalId}`),
      404: () => api.get(`/proposals/${missingId}`, as(staff)),
    })
    calls['PATCH /api/proposals/{id}'] = byStatus({
      200: () =>
        api.patch(`/proposals/${proposalId}`, { body: { internalNote: 'x' }, ...as(staff) }),
      400: () => api.patch(`/proposals/${proposalId}`, { body: { items: [] }, ...as(staff) }),
      403: () => api.patch(`/proposals/${proposalId}`, { body: { internalNote: 'x' } }),
      404: () =>
        api.patch(`/proposals/${missingId}`, { body: { internalNote: 'x' }, ...as(staff) }),
    })
    calls['POST /api/proposals/{id}/send'] = byStatus({
      200: async () => api.post(`/proposals/${await newProposal()}/send`, as(staff)),
      400: async () => {
        const id = await newProposal()
        await ctx.payload.db.updateOne({
          collection: 'proposals',
          data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
          id,
        })
        return api.post(`/proposals/${id}/send`, as(staff))
      },
      401: () => api.post(`/proposals/${proposalId}/send`),
      403: () => api.post(`/proposals/${proposalId}/send`, as(editor)),
      404: () => api.post(`/proposals/${missingId}/send`, as(staff)),
      409: async () => {
        const id = await newProposal()
        await api.post(`/proposals/${id}/send`, as(staff))
        return api.post(`/proposals/${id}/send`, as(staff))
      },
    })
    calls['POST /api/proposals/{id}/revoke'] = byStatus({
      200: async () => api.post(`/proposals/${await newProposal()}/revoke`, as(staff)),
      401: () => api.post(`/proposals/${proposalId}/revoke`),
      403: () => api.post(`/proposals/${proposalId}/revoke`, as(editor)),
      404: () => api.post(`/proposals/${missingId}/revoke`, as(staff)),
      409: async () => {
        const id = await newProposal()
        await api.post(`/proposals/${id}/revoke`, as(staff))
        return api.post(`/proposals/${id}/revoke`, as(staff))
      },
    })
    calls['GET /api/proposals/by-token/{token}'] = byStatus({
      200: async () => api.get(`/proposals/by-token/${await sentToken()}`),
      404: () => api.get(`/proposals/by-token/${unknownToken}`),
      410: async () => api.get(`/proposals/by-token/${await revokedToken()}`),
    })
    for (const [kind, body] of [
      ['accept', { speaker: ids.speakers.slug }],
      ['decline', { reason: 'Not this year' }],
    ] as const) {
      calls[`POST /api/proposals/by-token/{token}/${kind}`] = byStatus({
        200: async () => api.post(`/proposals/by-token/${await sentToken()}/${kind}`, { body }),
        400: async () => api.post(`/proposals/by-token/${await sentToken()}/${kind}`, { body: {} }),
        404: () => api.post(`/proposals/by-token/${unknownToken}/${kind}`, { body }),
        409: async () => {
          const token = await sentToken()
          await api.post(`/proposals/by-token/${token}/${kind}`, { body })
          return api.post(`/proposals/by-token/${token}/${kind}`, { body })
        },
        410: async () => api.post(`/proposals/by-token/${await revokedToken()}/${kind}`, { body }),
      })
    }
    const holdBody = (startDate: string) => ({
      bookingRequest: request.id,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      speaker: ids.speakers.id,
      startDate,
      timeZone: 'Asia/Shanghai',
    })
    const holdId = (
      await (await api.post('/holds', { body: holdBody('2031-05-02'), ...as(staff) })).json()
    ).doc.id
    calls['GET /api/holds'] = byStatus({
      200: () => api.get('/holds', as(staff)),
      400: () => api.get('/holds?depth=-1', as(staff)),
      403: () => api.get('/holds'),
    })
    calls['POST /api/holds'] = byStatus({
      201: () => api.post('/holds', { body: holdBody('2031-05-03'), ...as(staff) }),
      400: () => api.post('/holds', { body: holdBody('2001-01-01'), ...as(staff) }),
      403: () => api.post('/holds', { body: holdBody('2031-05-03') }),
    })
    calls['GET /api/holds/{id}'] = byStatus({
      200: () => api.get(`/holds/${holdId}`, as(staff)),
      403: () => api.get(`/holds/${holdId}`),
      404: () => api.get(`/holds/${missingId}`, as(staff)),
    })
    const later = () => ({ expiresAt: new Date(Date.now() + 2 * 86_400_000).toISOString() })
    calls['PATCH /api/holds/{id}'] = byStatus({
      200: () => api.patch(`/holds/${holdId}`, { body: later(), ...as(staff) }),
      400: () => api.patch(`/holds/${holdId}`, { body: { status: 'expired' }, ...as(staff) }),
      403: () => api.patch(`/holds/${holdId}`, { body: later() }),
      404: () => api.patch(`/holds/${missingId}`, { body: later(), ...as(staff) }),
    })
    const availability = `/speakers/${ids.speakers.slug}/availability?from=2031-05-01&to=2031-05-31`
    calls['GET /api/speakers/{slug}/availability'] = byStatus({
      200: () => api.get(availability),
      304: async () =>
        api.get(availability, { headers: { 'If-None-Match': await etagOf(availability) } }),
      400: () => api.get(`/speakers/${ids.speakers.slug}/availability?from=tomorrow`),
      404: () => api.get('/speakers/nobody-here/availability'),
    })
    for (const method of ['post', 'delete'] as const) {
      calls[`${method.toUpperCase()} /api/speakers/{id}/calendar-link`] = byStatus({
        200: () => api[method](`/speakers/${ids.speakers.id}/calendar-link`, as(staff)),
        401: () => api[method](`/speakers/${ids.speakers.id}/calendar-link`),
        403: () => api[method](`/speakers/${ids.speakers.id}/calendar-link`, as(editor)),
        404: () => api[method](`/speakers/${missingId}/calendar-link`, as(staff)),
      })
    }
    calls['GET /api/calendar-links/feed/{token}'] = byStatus({
      200: async () => {
        const { url } = await (
          await api.post(`/speakers/${ids.speakers.id}/calendar-link`, as(staff))
        ).json()
        return api.get(new URL(url).pathname.replace(/^\/api/, ''))
      },
      404: () => api.get(`/calendar-links/feed/${unknownToken}`),
    })

    const admin = await signInAs(ctx.payload, 'admin')
    for (const action of ['export', 'erase']) {
      const path = `/privacy/${action}`
      const body = { email: 'nobody-at-all@privacy.example' }
      calls[`POST /api${path}`] = byStatus({
        200: () => api.post(path, { body, ...as(admin) }),
        400: () => api.post(path, { body: { email: 'not an address' }, ...as(admin) }),
        401: () => api.post(path, { body }),
        403: () => api.post(path, { body, ...as(staff) }),
      })
    }

    const checked: string[] = []
    for (const [name, operation] of operationsOf(spec)) {
      for (const [status, documented] of Object.entries(operation.responses ?? {})) {
        const response = await calls[name](status)
        expect({ name, status: String(response.status) }).toEqual({ name, status })
        const described = resolve<OpenAPIV3_1.ResponseObject>(spec, documented)
        for (const header of Object.keys(described.headers ?? {}))
          expect({ name, status, header, sent: response.headers.has(header) }).toEqual({
            name,
            status,
            header,
            sent: true,
          })
        const schema = described.content?.['application/json']?.schema
        const [otherType] = Object.keys(described.content ?? {}).filter(
          (type) => type !== 'application/json',
        )
        if (!schema && otherType) {
          // Not JSON (the calendar feed): the documented media type.
          expect({
            name,
            status,
            type: response.headers.get('content-type')?.split(';')[0],
          }).toEqual({
            name,
            status,
            type: otherType,
          })
        } else if (!schema) {
          expect({ name, status, body: await response.text() }).toEqual({ name, status, body: '' })
        } else {
          const validate = ajv.compile(
            JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"spec#/components')),
          )
          const body = await response.json()
          const valid = validate(body)
          expect({ name, status, errors: valid ? null : validate.errors }).toEqual({
            name,
            status,
            errors: null,
          })
        }
        checked.push(`${name} ${status}`)
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(12 * 3)
  })

  it('should answer a populated relation and a selection as documented', async () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false })
    ajv.addSchema({ $id: 'spec', components: spec.components }, 'spec')
    const validate = ajv.compile({ $ref: 'spec#/components/schemas/InterviewList' })
    const deep = await (await api.get('/interviews?depth=2')).json()
    expect(validate(deep) ? null : validate.errors).toBeNull()
    expect(deep.docs[0].speakers[0]).toMatchObject({
      name: 'Kaiser Kuo',
      photo: { alt: 'Portrait of Kaiser Kuo' },
    })
    // Fields left out of `select` are missing: the properties that come are each as documented.
    const selected = await (await api.get('/speakers?select[name]=true&select[topics]=true')).json()
    const speaker = (spec.components!.schemas as Record<string, Schema>).Speaker
    const loose = ajv.compile(
      JSON.parse(
        JSON.stringify({ ...speaker, required: ['id'] }).replaceAll(
          '"#/components',
          '"spec#/components',
        ),
      ),
    )
    for (const doc of selected.docs) {
      expect(Object.keys(doc).sort()).toEqual(['id', 'name', 'topics'])
      expect(loose(doc) ? null : loose.errors).toBeNull()
    }
  })

  it('should refuse what it documents as invalid, naming the parameter', async () => {
    for (const [query, path] of [
      ['page=abc', 'page'],
      ['limit=5000', 'limit'],
      ['depth=abc', 'depth'],
      ['where[reviewState][equals]=draft', 'reviewState'],
      ['where[publishedAt][equals]=soon', 'where[publishedAt][equals]'],
      ['sort=-popularity', 'sort'],
      ['select[popularity]=true', 'select[popularity]'],
      ['select[name]=maybe', 'select[name]'],
      ['draft=yes', 'draft'],
      ['pagination=no', 'pagination'],
    ]) {
      const response = await api.get(`/speakers?${query}`)
      const body = await response.json()
      expect({ query, status: response.status, path: body.errors[0].path }).toEqual({
        query,
        status: 400,
        path,
      })
    }
  })

  it('should serve Swagger UI at /api/docs from this server, not a CDN', async () => {
    const page = await api.get('/docs')
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).not.toMatch(/https?:\/\//)
    for (const asset of html.match(/\/api\/docs\/[\w.-]+/g) ?? []) {
      const response = await api.get(asset.replace(/^\/api/, ''))
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 })
    }
    expect(html).toContain('/api/docs/swagger-ui-bundle.js')
  })

  it('should build the document once and name the server URL, whatever origin a request came to', async () => {
    const { logger } = ctx.payload
    const info = logger.info.bind(logger)
    let builds = 0
    logger.info = ((entry: unknown, ...rest: unknown[]) => {
      if ((entry as { msg?: string })?.msg === 'OpenAPI document built') builds += 1
      return (info as (...args: unknown[]) => void)(entry, ...rest)
    }) as typeof logger.info
    const get = REST_GET(ctx.config)
    const servers: string[] = []
    try {
      for (const origin of ['http://a.test', 'http://0.0.0.0:3000', 'http://b.test']) {
        const response = await get(
          new Request(`${origin}/api/openapi.json`, {
            headers: { 'X-Forwarded-Host': 'evil.test' },
          }),
          {
            params: Promise.resolve({ slug: ['openapi.json'] }),
          },
        )
        servers.push(((await response.json()) as Document).servers![0].url)
      }
    } finally {
      logger.info = info
    }
    // Built by the first request of this file already: none of these built it again.
    expect(builds).toBe(0)
    expect(servers).toEqual([
      'http://localhost:3000',
      'http://localhost:3000',
      'http://localhost:3000',
    ])
  })
})

describe('the typed client in examples/openapi-client, against the real handlers', () => {
  const bureau = () => createBureauApi('http://localhost:3000', api.fetch)

  it("should list a topic's speakers through a typed where", async () => {
    const speakers = await speakersOfTopic(bureau(), 'internet-experts')
    expect(speakers.map(({ name }) => name)).toEqual(['Kaiser Kuo'])
    expect(Object.keys(speakers[0]).sort()).toEqual([
      'id',
      'jobTitle',
      'name',
      'organization',
      'photo',
      'slug',
    ])
    expect(await speakersOfTopic(bureau(), 'no-such-topic')).toEqual([])
  })

  it('should find speakers with filters and facets through the typed search', async () => {
    const found = await findSpeakers(bureau(), {
      q: 'kais',
      topic: ['internet-experts'],
    })
    expect(found.docs.map(({ name }) => name)).toEqual(['Kaiser Kuo'])
    expect(found.facets.topics).toEqual([
      { count: 1, name: 'Internet experts', slug: 'internet-experts' },
    ])
    expect((await findSpeakers(bureau(), { q: 'nobody' })).totalDocs).toBe(0)
  })

  it('should read a speaker by slug, follow a moved slug, and say when there is none', async () => {
    expect(await speakerBySlug(bureau(), ids.speakers.slug!)).toMatchObject({
      speaker: { name: 'Kaiser Kuo' },
    })
    expect(await speakerBySlug(bureau(), ids.speakers.movedFrom!)).toEqual({
      redirect: `${ids.speakers.movedFrom}-renamed`,
    })
    expect(await speakerBySlug(bureau(), 'nobody-here')).toBeNull()
  })

  it('should page through every published interview', async () => {
    for (let i = 0; i < 3; i++)
      await ctx.payload.create({
        collection: 'interviews',
        data: {
          _status: 'published',
          speakers: [ids.speakers.id as never],
          title: `Paged interview ${i}`,
        },
      })
    await ctx.payload.create({
      collection: 'interviews',
      data: {
        _status: 'draft',
        speakers: [ids.speakers.id as never],
        title: 'An unpublished draft',
      },
      draft: true,
    })
    const titles = (await allInterviews(bureau(), 2)).map(({ title }) => title)
    const { totalDocs } = await ctx.payload.count({
      collection: 'interviews',
      where: { _status: { equals: 'published' } },
    })
    expect(titles).toHaveLength(totalDocs)
    expect(titles).toEqual(
      expect.arrayContaining([
        'Paged interview 0',
        'Paged interview 2',
        'Kaiser Kuo on the internet',
      ]),
    )
    expect(titles).not.toContain('An unpublished draft')
  })

  it('should send a booking with speakers, and get back the fields to mark when it is wrong', async () => {
    const withIp = createBureauApi('http://localhost:3000', (request) => {
      request.headers.set(CLIENT_IP_HEADER, newClient()[CLIENT_IP_HEADER])
      return api.fetch(request)
    })
    const sent = await requestBooking(withIp, validBooking(ids.speakers.id as number))
    expect(sent).toEqual({ reference: expect.stringMatching(/^BR-/) })
    const stored = await ctx.payload.find({
      collection: 'booking-requests',
      where: { reference: { equals: (sent as { reference: string }).reference } },
    })
    expect(stored.docs[0].speakers).toEqual([expect.objectContaining({ id: ids.speakers.id })])
    // What the types refuse, sent anyway (a form built by hand): the answer names each field.
    const wrong = {
      ...validBooking(ids.speakers.id as number),
      email: 'not-an-address',
      eventLocation: '',
    }
    const refused = await requestBooking(withIp, wrong as BookingRequestInput)
    expect(refused).toEqual({
      fieldErrors: { email: expect.any(String), eventLocation: expect.any(String) },
      status: 400,
    })
  })
})
