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

const ADDRESS = `privacy-${Date.now()}@e2e.example`

describe('privacy requests in the admin: an admin exports and erases one address', () => {
  let server: SpawnedServer
  let browser: Browser

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows what is held, erases it, and the API then finds nothing; staff get no such page', async () => {
    const posted = await postBookingRequest(server.baseUrl, {
      consent: true,
      contactName: 'Pia Private',
      email: ADDRESS,
      eventName: 'Private Summit',
    })
    expect(posted.status).toBe(201)

    const admin = await signIn(browser, server.baseUrl, e2eEmail('admin'), E2E_PASSWORD)
    await step(admin, 'privacy-1-export', async () => {
      // The link is in the admin's navigation (closed on narrow windows); the page is where it points.
      await admin.locator('#nav-privacy').waitFor({ state: 'attached', timeout: 60_000 })
      const href = await admin.locator('#nav-privacy').getAttribute('href')
      expect(href).toBe('/admin/privacy')
      await admin.goto(`${server.baseUrl}${href}`)
      await admin.fill('#privacy-email', ADDRESS)
      await admin.locator('#privacy-export').click()
      await admin
        .locator('tr[data-store="bookingRequests"] td', { hasText: /^1$/ })
        .waitFor({ timeout: 60_000 })
      expect(await admin.locator('#privacy-download').getAttribute('href')).toContain(
        encodeURIComponent('Pia Private'),
      )
    })
    await step(admin, 'privacy-2-erase', async () => {
      await admin.locator('#privacy-erase').click()
      await admin.fill('#privacy-confirm', ADDRESS.toUpperCase())
      await admin.locator('#privacy-erase-now').click()
      await admin.locator('.privacy-requests__erased').waitFor({ timeout: 60_000 })
    })

    const token = await apiTokenOf(server.baseUrl, 'admin')
    const after = await fetch(`${server.baseUrl}/api/privacy/export`, {
      body: JSON.stringify({ email: ADDRESS }),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    const { data } = (await after.json()) as { data: Record<string, unknown[]> }
    expect(data.bookingRequests).toEqual([])
    expect(data.erasures).toHaveLength(1)

    const staff = await signIn(browser, server.baseUrl, e2eEmail('staff'), E2E_PASSWORD)
    await step(staff, 'privacy-3-staff-refused', async () => {
      expect(await staff.locator('#nav-privacy').count()).toBe(0)
      await staff.goto(`${server.baseUrl}/admin/privacy`)
      await staff.getByRole('alert').filter({ hasText: 'Only admins' }).waitFor({ timeout: 60_000 })
      expect(await staff.locator('#privacy-email').count()).toBe(0)
    })
  })
})
