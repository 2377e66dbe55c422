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
