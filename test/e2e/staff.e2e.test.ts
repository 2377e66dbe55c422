import { describe, expect, it } from '@jest/globals'

import { signIn, signOut, step } from './helpers/browser'
import { apiTokenOf, E2E_PASSWORD, e2eEmail, postBookingRequest } from './helpers/productionServer'
import { useServerAndBrowser } from './helpers/serverAndBrowser'

const EVENT = `E2E Summit ${Date.now()}`

describe('staff triage a booking request in the admin', () => {
  const env = useServerAndBrowser()
  let reference: string

  it('should show a request posted through the API on the staff dashboard, then assign, move and annotate it', async () => {
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
    // The public answer carries a reference, not the database id.
    reference = (await posted.json()).doc.reference
    expect(reference).toMatch(/^BR-[A-Z2-9]{8}$/)

    const page = await signIn(env.browser, env.server.baseUrl, e2eEmail('staff'), E2E_PASSWORD)
    await step(page, '5-staff-triages', async () => {
      await page.locator('[data-queue="newBookings"]').getByRole('link', { name: EVENT }).click()
      await page.waitForSelector('text=Assign to me', { timeout: 60_000 })
      await page.getByRole('button', { name: 'Assign to me' }).click()
      await page.waitForSelector('text=Updated successfully', { timeout: 60_000 })
      await page.locator('#field-status').click()
      const offered = await page.locator('.rs__option').allTextContents()
      expect(offered).toEqual(['New', 'In review', 'Contacted', 'Declined', 'Archived'])
      await page.locator('.rs__option', { hasText: 'Contacted' }).click()
      await page.getByRole('button', { name: /add internal note/i }).click()
      const note = page.locator('textarea[name="internalNotes.0.note"]')
      await note.click()
      await page.keyboard.type('Called Mei: keynote in the morning.')
      const saved = page.waitForResponse(
        (response) =>
          response.url().includes('/api/booking-requests/') &&
          response.request().method() === 'PATCH',
      )
      await page.getByRole('button', { name: 'Save' }).click()
      expect((await saved).status()).toBe(200)
      await page
        .waitForSelector('text=Submitting', { state: 'detached', timeout: 30_000 })
        .catch(() => undefined)
      await page.waitForTimeout(1500)
    })
    await signOut(page, env.server.baseUrl)
    console.log(`staff scenario took ${Date.now() - started} ms`)

    const token = await apiTokenOf(env.server.baseUrl, 'admin')
    const {
      docs: [stored],
    } = await (
      await fetch(
        `${env.server.baseUrl}/api/booking-requests?where[reference][equals]=${reference}&depth=1`,
        { headers: { authorization: `JWT ${token}` } },
      )
    ).json()
    expect(stored.status).toBe('contacted')
    expect(stored.assignee.email).toBe(e2eEmail('staff'))
    expect(stored.internalNotes[0]).toMatchObject({ note: 'Called Mei: keynote in the morning.' })
    expect(stored.internalNotes[0].author.email).toBe(e2eEmail('staff'))
    expect(
      stored.statusHistory.map(({ from, to }: { from: string; to: string }) => `${from}→${to}`),
    ).toEqual(['new→contacted'])
  })
})
