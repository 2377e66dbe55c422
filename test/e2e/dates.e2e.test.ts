import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { SpawnedServer } from '../helpers/spawnServer'
import { launchBrowser, signIn, signOut, step } from './helpers/browser'
import {
  apiTokenOf,
  E2E_PASSWORD,
  e2eEmail,
  postBookingRequest,
  startProductionServer,
} from './helpers/productionServer'

const EVENT = `E2E Day ${Date.now()}`
const TITLE = `A 2013 reprint ${Date.now()}`

/** The server runs in a third zone, 14 hours east of UTC: midnight UTC is already the next day there. */
const SERVER_ZONE = 'Pacific/Kiritimati'

/** Signs in from a browser whose clock is in `timezoneId` (Playwright emulates the zone). */
const signInFrom = async (
  browser: Browser,
  baseUrl: string,
  role: 'editor' | 'staff',
  timezoneId: string,
): Promise<Page> => {
  const page = await signIn(browser, baseUrl, e2eEmail(role), E2E_PASSWORD, { timezoneId })
  // The browser really is in that zone.
  expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
    timezoneId,
  )
  return page
}

const slug = (zone: string) => zone.toLowerCase().replace(/[^a-z]+/g, '-')

describe('a day is the same day in every zone', () => {
  let server: SpawnedServer
  let browser: Browser
  let token: string
  const timings: Record<string, number> = {}

  const api = async (path: string, init: RequestInit = {}) =>
    fetch(`${server.baseUrl}/api${path}`, {
      ...init,
      headers: {
        authorization: `JWT ${token}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    })

  const storedBooking = async () =>
    (
      await (
        await api(`/booking-requests?where[eventName][equals]=${encodeURIComponent(EVENT)}&depth=0`)
      ).json()
    ).docs[0]

  beforeAll(async () => {
    server = await startProductionServer({ env: { TZ: SERVER_ZONE } })
    browser = await launchBrowser()
    token = await apiTokenOf(server.baseUrl, 'admin')
  })

  afterAll(async () => {
    console.log('dates scenario timings (ms):', JSON.stringify(timings))
    await browser?.close()
    await server?.stop()
  })

  it('should show staff in Los Angeles and in Shanghai 20 May 2030 for a request for 2030-05-20, and keep it on save', async () => {
    const posted = await postBookingRequest(server.baseUrl, {
      consent: true,
      contactName: 'Mei Organiser',
      email: 'mei@events.test',
      eventDate: '2030-05-20',
      eventLocation: 'Shanghai',
      eventName: EVENT,
      eventTime: '18:30',
      eventTimeZone: 'Asia/Shanghai',
    })
    expect(posted.status).toBe(201)
    expect((await storedBooking()).eventDate).toBe('2030-05-20')

    for (const zone of ['America/Los_Angeles', 'Asia/Shanghai']) {
      const started = Date.now()
      const page = await signInFrom(browser, server.baseUrl, 'staff', zone)
      await step(page, `dates-1-booking-list-${slug(zone)}`, async () => {
        await page.goto(`${server.baseUrl}/admin/collections/booking-requests`)
        const row = page.locator('tr', { hasText: EVENT })
        // Instants keep the viewer's zone, with the year and a 24-hour time (createdAt).
        await row
          .locator('td', { hasText: /^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/ })
          .waitFor({ timeout: 60_000 })
        const text = await row.innerText()
        expect({ zone, text }).toEqual({ zone, text: expect.stringContaining('20 May 2030') })
        expect(text).not.toMatch(/19 May|21 May|12:00 AM|May 20th/)
      })
      await step(page, `dates-2-booking-request-${slug(zone)}`, async () => {
        await page.locator('tr', { hasText: EVENT }).getByRole('link', { name: EVENT }).click()
        const day = page.locator('#field-eventDate input')
        await day.waitFor({ timeout: 60_000 })
        await expect(day.inputValue()).resolves.toBe('20 May 2030')
        await expect(page.locator('input[name="eventTime"]').inputValue()).resolves.toBe('18:30')
        await expect(page.locator('input[name="eventTimeZone"]').inputValue()).resolves.toBe(
          'Asia/Shanghai',
        )
      })
      if (zone === 'America/Los_Angeles') {
        await step(page, 'dates-3-booking-saved-in-los-angeles', async () => {
          // A save from the form (it sends every field, the day included) leaves the day alone.
          await page.locator('#field-status').click()
          await page.locator('.rs__option', { hasText: 'In review' }).click()
          const saved = page.waitForResponse(
            (response) =>
              response.url().includes('/api/booking-requests/') &&
              response.request().method() === 'PATCH',
            { timeout: 60_000 },
          )
          await page.getByRole('button', { name: 'Save' }).click()
          expect((await saved).status()).toBe(200)
          await page.reload()
          await page.locator('#field-eventDate input').waitFor({ timeout: 60_000 })
          await expect(page.locator('#field-eventDate input').inputValue()).resolves.toBe(
            '20 May 2030',
          )
        })
        const stored = await storedBooking()
        expect(stored).toMatchObject({ eventDate: '2030-05-20', status: 'in_review' })
      }
      await signOut(page, server.baseUrl)
      timings[`staff in ${zone}`] = Date.now() - started
    }
  })

  it("should show an editor in Pago Pago (UTC−11) an interview's original date with its year, and store the day picked", async () => {
    const started = Date.now()
    const editorToken = await apiTokenOf(server.baseUrl, 'editor')
    const speakers = await (await api('/speakers?limit=1&depth=0')).json()
    const created = await fetch(`${server.baseUrl}/api/interviews?draft=true`, {
      body: JSON.stringify({
        source: { originalDate: '2013-03-14', publication: 'The Paper' },
        speakers: [speakers.docs[0].id],
        title: TITLE,
      }),
      headers: { authorization: `JWT ${editorToken}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const storedDay = async () =>
      (await (await api(`/interviews/${doc.id}?draft=true&depth=0`)).json()).source.originalDate

    const page = await signInFrom(browser, server.baseUrl, 'editor', 'Pacific/Pago_Pago')
    const day = page.locator('#field-source__originalDate input')
    const saveDraft = async () => {
      const saved = page.waitForResponse(
        (response) =>
          response.url().includes('/api/interviews/') && response.request().method() === 'PATCH',
        { timeout: 60_000 },
      )
      await page.getByRole('button', { name: 'Save Draft' }).click()
      expect((await saved).status()).toBe(200)
      await page.reload()
      await day.waitFor({ timeout: 60_000 })
    }
    await step(page, 'dates-4-interview-original-date-pago-pago', async () => {
      await page.goto(`${server.baseUrl}/admin/collections/interviews/${doc.id}`)
      await day.waitFor({ timeout: 60_000 })
      await page.waitForLoadState('networkidle')
      await expect(day.inputValue()).resolves.toBe('14 Mar 2013')
      // Saved with another change: the day stays.
      await page.fill('textarea[name="excerpt"]', 'Reprinted with permission.')
      await saveDraft()
      await expect(day.inputValue()).resolves.toBe('14 Mar 2013')
    })
    expect(await storedDay()).toBe('2013-03-14')
    await step(page, 'dates-5-interview-day-picked-pago-pago', async () => {
      // A day picked in the calendar is the day stored.
      await day.click()
      await page
        .locator('.react-datepicker__day--015:not(.react-datepicker__day--outside-month)')
        .click()
      await expect(day.inputValue()).resolves.toBe('15 Mar 2013')
      await saveDraft()
      await expect(day.inputValue()).resolves.toBe('15 Mar 2013')
    })
    expect(await storedDay()).toBe('2013-03-15')
    await signOut(page, server.baseUrl)
    timings['editor in Pacific/Pago_Pago'] = Date.now() - started
  })
})
