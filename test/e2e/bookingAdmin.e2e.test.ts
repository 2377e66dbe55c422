import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'

import { formatInstant } from '../../src/bookings/admin/statusHistoryLines'
import { spawnServer, type SpawnedServer, waitForStatus } from '../helpers/spawnServer'
import { launchBrowser, signIn, signOut, step } from './helpers/browser'
import { apiTokenOf, E2E_PASSWORD, e2eEmail, postBookingRequest } from './helpers/productionServer'
import { useServerAndBrowser } from './helpers/serverAndBrowser'

const EVENT = `E2E People ${Date.now()}`
const STAFF_ZONE = 'America/Los_Angeles'

/** The history lines the page shows, as a person reads them. */
const historyLines = (page: Page): Promise<string[]> =>
  page.locator('[data-field="statusHistory"] .status-history__line').allInnerTexts()

describe('staff see people by name on a booking request', () => {
  const env = useServerAndBrowser()
  let id: number | string

  /** Signs in with the browser in `timezoneId`, as a staff member on the US west coast would. */
  const signInIn = (email: string, timezoneId: string): Promise<Page> =>
    signIn(env.browser, env.server.baseUrl, email, E2E_PASSWORD, { timezoneId })

  const savedBy = (page: Page) =>
    page.waitForResponse(
      (response) =>
        response.url().includes('/api/booking-requests/') &&
        response.request().method() === 'PATCH',
      { timeout: 60_000 },
    )

  it('should assign a request and move it, showing the assignee, a compact history line and no dead-end buttons', async () => {
    const started = Date.now()
    const posted = await postBookingRequest(env.server.baseUrl, {
      consent: true,
      contactName: 'Mei Organiser',
      email: 'mei@events.test',
      eventDate: '2031-03-01',
      eventLocation: 'Shanghai',
      eventName: EVENT,
      organization: 'Summit Events',
    })
    expect(posted.status).toBe(201)
    const token = await apiTokenOf(env.server.baseUrl, 'admin')
    const stored = async () =>
      (
        await (
          await fetch(
            `${env.server.baseUrl}/api/booking-requests?where[eventName][equals]=${encodeURIComponent(EVENT)}&depth=0`,
            { headers: { authorization: `JWT ${token}` } },
          )
        ).json()
      ).docs[0]
    id = (await stored()).id

    const page = await signInIn(e2eEmail('staff'), STAFF_ZONE)
    await step(page, 'people-1-assign-to-me', async () => {
      await page.goto(`${env.server.baseUrl}/admin/collections/booking-requests/${id}`)
      await page.getByRole('button', { name: 'Assign to me' }).waitFor({ timeout: 60_000 })
      const saved = savedBy(page)
      await page.getByRole('button', { name: 'Assign to me' }).click()
      expect((await saved).status()).toBe(200)
      // The picker shows the seeded staff member's name; the address tells namesakes apart.
      await page
        .locator('#field-assignee')
        .getByText('Sam Staff', { exact: true })
        .waitFor({ timeout: 30_000 })
      await expect(page.locator('#field-assignee .rs__single-value').innerText()).resolves.toBe(
        'Sam Staff',
      )
      await page.locator('.person-email').getByText(e2eEmail('staff')).waitFor({ timeout: 30_000 })
      await expect(page.locator('[data-field="statusHistory"]').innerText()).resolves.toContain(
        'No status changes yet.',
      )
    })

    await step(page, 'people-2-move-status', async () => {
      await page.locator('#field-status').click()
      await page.locator('.rs__option', { hasText: 'In review' }).click()
      const saved = savedBy(page)
      await page.getByRole('button', { name: 'Save' }).click()
      expect((await saved).status()).toBe(200)
      await page
        .locator('[data-field="statusHistory"] .status-history__line')
        .first()
        .waitFor({ timeout: 30_000 })
      const [move] = (await stored()).statusHistory
      expect(await historyLines(page)).toEqual([
        `${formatInstant(move.at, 'en', STAFF_ZONE)} · New → In review · Sam Staff`,
      ])
      // The line is the whole history: no array rows to open, no inputs.
      expect(
        await page
          .locator('[data-field="statusHistory"] input, [data-field="statusHistory"] textarea')
          .count(),
      ).toBe(0)
    })

    await step(page, 'people-3-notifications', async () => {
      // The notification jobs run every second: wait until the staff mail's row is recorded.
      const deadline = Date.now() + 60_000
      let text = ''
      while (Date.now() < deadline) {
        await page.reload()
        const table = page.locator('#field-notifications')
        await table.waitFor({ timeout: 30_000 })
        // The request's join tables (proposals, holds, notifications) load after the page.
        do {
          await page.waitForTimeout(250)
          text = await table.innerText()
        } while (/Loading/.test(text) && Date.now() < deadline)
        if (text.includes('Mail to staff')) break
        await page.waitForTimeout(1000)
      }
      const table = page.locator('#field-notifications')
      expect(text).toContain('Mail to staff')
      expect(text).toContain('Channel')
      expect(text).not.toContain('staff_email')
      expect(text).not.toContain('<No')
      // Delivered at: a readable time with its year, not an ISO string.
      expect(text).toMatch(/\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/)
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/)
      // Deliveries are written by jobs: no "Add new" that opens a drawer with nothing to fill in.
      expect(await table.locator('[class*="__add-new"]').count()).toBe(0)
      expect(text).not.toMatch(/add new|create new/i)
    })
    await step(page, 'people-4-note-holds-lock', async () => {
      await page.getByRole('button', { name: /add internal note/i }).click()
      const note = page.locator('textarea[name="internalNotes.0.note"]')
      await note.click()
      await page.keyboard.type('Called Mei about the keynote.')
      // Payload locks the document on the first change (a form-state request).
      await page.waitForTimeout(2000)
    })

    const admin = await signInIn(e2eEmail('admin'), 'Asia/Shanghai')
    await step(admin, 'people-5-lock-dialog-names-holder', async () => {
      await admin.goto(`${env.server.baseUrl}/admin/collections/booking-requests`)
      const lock = admin.locator('.locked').first()
      await lock.waitFor({ timeout: 30_000 })
      await lock.hover()
      // The tooltip and its `title` (the browser's own hover tip) name the holder.
      await admin.waitForFunction(
        () =>
          [...document.querySelectorAll('.locked__tooltip')].some(
            (tip) =>
              tip.textContent?.includes('Sam Staff is editing') &&
              tip.getAttribute('title') === 'Sam Staff is editing',
          ),
        undefined,
        { timeout: 30_000 },
      )
      await expect(admin.locator('.locked__tooltip').first().textContent()).resolves.not.toContain(
        e2eEmail('staff'),
      )
      expect(await admin.locator(`[title*="${e2eEmail('staff')}"]`).count()).toBe(0)
      await admin.goto(`${env.server.baseUrl}/admin/collections/booking-requests/${id}`)
      const dialog = admin.locator('.document-locked__content')
      await dialog.getByText('Sam Staff', { exact: true }).waitFor({ timeout: 30_000 })
      await expect(dialog.innerText()).resolves.not.toContain(e2eEmail('staff'))
    })
    await admin.context().close()

    await step(page, 'people-6-note-author', async () => {
      const saved = savedBy(page)
      await page.getByRole('button', { name: 'Save' }).click()
      expect((await saved).status()).toBe(200)
      await page.reload()
      await expect(
        page
          .locator('#field-internalNotes__0__author .rs__single-value')
          .innerText({ timeout: 30_000 }),
      ).resolves.toBe('Sam Staff')
    })
    await signOut(page, env.server.baseUrl)

    const { assignee } = await stored()
    const me = await (
      await fetch(`${env.server.baseUrl}/api/users/${assignee}?depth=0`, {
        headers: { authorization: `JWT ${token}` },
      })
    ).json()
    expect(me).toMatchObject({ email: e2eEmail('staff'), name: 'Sam Staff' })
    console.log(`booking admin (people) scenario took ${Date.now() - started} ms`)
  })
})

describe('the first account of a fresh installation', () => {
  let server: SpawnedServer
  let browser: Browser

  beforeAll(async () => {
    // Not seeded: the admin opens on Payload's create-first-user form.
    server = await spawnServer({
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sb-e2e-first-')),
      NEXT_DIST_DIR: process.env.E2E_DIST_DIR || '.next',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'e2e-secret-not-for-real-use-0123456789',
      SEED_ON_START: 'false',
    })
    await waitForStatus(server, '/healthz', { timeoutMs: 60_000 })
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('should ask for a name, refuse a blank one and register the founder under it', async () => {
    const page = await (
      await browser.newContext({ viewport: { height: 1000, width: 1400 } })
    ).newPage()
    await step(page, 'people-7-create-first-user', async () => {
      await page.goto(`${server.baseUrl}/admin`)
      await page.waitForURL(/\/admin\/create-first-user/, { timeout: 60_000 })
      await page.fill('input[name="email"]', 'founder@e2e.test')
      await page.fill('input[name="password"]', E2E_PASSWORD)
      await page.fill('input[name="confirm-password"]', E2E_PASSWORD)
      await page.fill('input[name="name"]', '   ')
      await page.waitForTimeout(1000)
      await page.click('button[type="submit"]')
      await page
        .locator('.field-type.text', { has: page.locator('input[name="name"]') })
        .getByText('A name is required', { exact: false })
        .first()
        .waitFor({ timeout: 30_000 })
      await page.fill('input[name="name"]', 'Fay Founder')
      // Payload's form takes the new value on its next form-state round trip.
      await page.waitForTimeout(1000)
      await page.click('button[type="submit"]')
      await page.waitForURL(`${server.baseUrl}/admin`, { timeout: 60_000 })
    })
    const login = await fetch(`${server.baseUrl}/api/users/login`, {
      body: JSON.stringify({ email: 'founder@e2e.test', password: E2E_PASSWORD }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    expect((await login.json()).user).toMatchObject({ name: 'Fay Founder', roles: ['admin'] })
    await page.context().close()
  })
})
