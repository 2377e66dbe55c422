import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser } from 'playwright-core'

import type { SpawnedServer } from '../helpers/spawnServer'

import { launchBrowser, signIn, step } from './helpers/browser'
import {
  apiTokenOf,
  E2E_PASSWORD,
  e2eEmail,
  postBookingRequest,
  startProductionServer,
} from './helpers/productionServer'

const instanceLines = (output: string): string[] =>
  output.split('\n').filter((line) => /Payload instance \d+ in process/.test(line))

describe('one Payload per process: the admin (Next.js) and the API (Express) share it', () => {
  let server: SpawnedServer
  let browser: Browser

  beforeAll(async () => {
    server = await startProductionServer({ env: { LOG_LEVEL: 'info' } })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('initialises Payload once, whichever road a request takes', async () => {
    // The API road: a public read, a booking (a job for the queue) and a staff read.
    expect((await fetch(`${server.baseUrl}/api/speakers?limit=1`)).status).toBe(200)
    expect(
      (await postBookingRequest(server.baseUrl, { eventName: 'One Instance Forum' })).status,
    ).toBe(201)
    const token = await apiTokenOf(server.baseUrl, 'staff')
    const bookings = await fetch(`${server.baseUrl}/api/booking-requests?limit=1`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(bookings.status).toBe(200)

    // The admin's road: Next.js renders its pages with Payload (getPayload in its bundle).
    const admin = await signIn(browser, server.baseUrl, e2eEmail('staff'), E2E_PASSWORD)
    await step(admin, 'one-payload-1-bookings', async () => {
      await admin.goto(`${server.baseUrl}/admin/collections/booking-requests`)
      await admin.getByText('One Instance Forum').first().waitFor({ timeout: 60_000 })
    })

    // The queue's cron (every second here) ran the booking's jobs: once, by the one instance.
    const lines = instanceLines(server.output())
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('Payload instance 1 in process')
  })
})

describe('the route files (API_ROAD=next: the API through Next.js, as under `next start`)', () => {
  let express: SpawnedServer
  let next: SpawnedServer

  beforeAll(async () => {
    express = await startProductionServer()
    next = await startProductionServer({ env: { API_ROAD: 'next' } })
  })

  afterAll(async () => {
    await Promise.all([express?.stop(), next?.stop()])
  })

  it('answers REST, GraphQL and the booking form as the Express road does', async () => {
    const read = async (server: SpawnedServer) => {
      const response = await fetch(`${server.baseUrl}/api/speakers?limit=3&depth=0&sort=slug`)
      const { docs } = (await response.json()) as { docs: { slug: string }[] }
      return { cache: response.headers.get('cache-control'), slugs: docs.map(({ slug }) => slug) }
    }
    const [viaExpress, viaNext] = [await read(express), await read(next)]
    expect(viaNext.slugs).toHaveLength(3)
    expect(viaNext).toEqual(viaExpress)

    const graphql = await fetch(`${next.baseUrl}/api/graphql`, {
      body: JSON.stringify({ query: '{ Speakers(limit: 1, sort: "slug") { docs { slug } } }' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(((await graphql.json()) as { data: unknown }).data).toEqual({
      Speakers: { docs: [{ slug: viaNext.slugs[0] }] },
    })
    // The limits hold on this road too: no consent, 400 naming the field; with it, 201.
    const refused = await postBookingRequest(next.baseUrl, { consent: undefined })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('consent')
    expect((await postBookingRequest(next.baseUrl, { eventName: 'Next Road Forum' })).status).toBe(
      201,
    )
  })
})
