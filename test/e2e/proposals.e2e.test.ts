import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { SpawnedServer } from '../helpers/spawnServer'

import { recipientsOf, type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { startWebhookSink, type WebhookSink } from '../helpers/webhookSink'
import { launchBrowser, signIn, step } from './helpers/browser'
import {
  apiTokenOf,
  E2E_PASSWORD,
  e2eEmail,
  postBookingRequest,
  startProductionServer,
} from './helpers/productionServer'

const EVENT = `E2E Proposal Summit ${Date.now()}`
const EVENT_DATE = '2031-06-18'

/** Waits until `find` returns something (mails and webhooks come through the jobs queue). */
const eventually = async <T>(find: () => T | undefined, timeoutMs = 60_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = find()
    if (found) return found
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Picks `text` in a relationship select (react-select) of the admin. */
const pick = async (page: Page, fieldId: string, text: string) => {
  await page.locator(`#${fieldId} .rs__control`).click()
  await page.locator(`#${fieldId} input`).first().fill(text)
  await page.locator('.rs__option', { hasText: text }).first().click({ timeout: 30_000 })
}

describe('from request to booking: a proposal built in the admin, accepted in the browser, held and confirmed', () => {
  let smtp: SmtpSink
  let webhook: WebhookSink
  let server: SpawnedServer
  let browser: Browser
  let staffToken: string
  let speakers: { id: number | string; name: string; slug: string }[]

  const api = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.baseUrl}/api${path}`, {
      ...init,
      headers: {
        authorization: `JWT ${staffToken}`,
        'content-type': 'application/json',
        ...init.headers,
      },
    })
    return { body: await response.json(), status: response.status }
  }

  beforeAll(async () => {
    smtp = await startSmtpSink()
    webhook = await startWebhookSink()
    server = await startProductionServer({
      env: {
        BOOKING_WEBHOOK_URL: webhook.url,
        MAIL_FROM: 'desk@bureau.test',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
      },
    })
    browser = await launchBrowser()
    staffToken = await apiTokenOf(server.baseUrl, 'staff')
    const { body } = await api(
      '/speakers?limit=2&sort=name&depth=0&select[name]=true&select[slug]=true',
    )
    speakers = body.docs
    expect(speakers).toHaveLength(2)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
    await smtp?.close()
    await webhook?.close()
  })

  it('should go new → proposal sent → accepted (on hold, held) → confirmed, with its mails and webhooks', async () => {
    const posted = await postBookingRequest(server.baseUrl, {
      eventDate: EVENT_DATE,
      eventName: EVENT,
      eventTime: '10:00',
      eventTimeZone: 'Asia/Shanghai',
    })
    expect(posted.status).toBe(201)
    const request = (
      await api(`/booking-requests?where[eventName][equals]=${encodeURIComponent(EVENT)}&depth=0`)
    ).body.docs[0]
    expect(request.status).toBe('new')

    const staff = await signIn(browser, server.baseUrl, e2eEmail('staff'), E2E_PASSWORD)
    let proposalId = ''
    await step(staff, 'proposals-1-build-in-admin', async () => {
      await staff.goto(`${server.baseUrl}/admin/collections/proposals/create`)
      await pick(staff, 'field-bookingRequest', EVENT)
      for (const [index, speaker] of speakers.entries()) {
        await staff.getByRole('button', { name: 'Add Speaker' }).click()
        await pick(staff, `field-items__${index}__speaker`, speaker.name)
        await staff.fill(`#field-items__${index}__feeAmount`, String(12000 + index * 1000))
        await staff.fill(`#field-items__${index}__feeCurrency`, 'USD')
      }
      await staff.fill('#field-items__0__note', 'Keynote, 45 minutes, Q&A included')
      const created = staff.waitForResponse(
        (r) => r.url().includes('/api/proposals') && r.request().method() === 'POST',
        { timeout: 60_000 },
      )
      await staff.getByRole('button', { name: 'Save' }).click()
      const response = await created
      expect(response.status()).toBe(201)
      proposalId = String(((await response.json()) as { doc: { id: number } }).doc.id)
      await staff.waitForURL(new RegExp(`/admin/collections/proposals/${proposalId}`), {
        timeout: 60_000,
      })
    })

    await step(staff, 'proposals-2-send', async () => {
      const sent = staff.waitForResponse(
        (r) => r.url().endsWith(`/api/proposals/${proposalId}/send`),
        {
          timeout: 60_000,
        },
      )
      await staff.getByRole('button', { name: 'Send to the client' }).click()
      expect((await sent).status()).toBe(200)
      await staff.getByRole('button', { name: 'Revoke' }).waitFor({ timeout: 60_000 })
      expect(await staff.getByRole('button', { name: 'Send to the client' }).count()).toBe(0)
      // Reloaded with what was sent: the request, the speakers, the sender.
      await staff
        .locator('#field-bookingRequest .rs__single-value', { hasText: EVENT })
        .waitFor({ timeout: 60_000 })
      await staff
        .locator('#field-items__1__speaker .rs__single-value', { hasText: speakers[1].name })
        .waitFor({ timeout: 60_000 })
      await staff
        .locator('#field-sending__by .rs__single-value', { hasText: 'Sam Staff' })
        .waitFor({ timeout: 60_000 })
    })
    expect((await api(`/booking-requests/${request.id}?depth=0`)).body.status).toBe('proposal_sent')

    const linkMail = await eventually(() =>
      smtp.messages.find(
        (m) =>
          recipientsOf(m).includes('mei@events.test') && /Speakers proposed/.test(m.subject ?? ''),
      ),
    )
    const link = /(http:\/\/\S+\/p\/[A-Za-z0-9_-]{43})/.exec(linkMail.text ?? '')?.[1]
    expect(link).toBeDefined()

    // The client, not signed in, with JavaScript off: the page still works.
    const clientContext = await browser.newContext({ javaScriptEnabled: false, locale: 'en-GB' })
    const client = await clientContext.newPage()
    await step(client, 'proposals-3-client-page', async () => {
      const response = await client.goto(link!)
      expect(response?.status()).toBe(200)
      expect(response?.headers()['cache-control']).toBe('no-store')
      for (const speaker of speakers)
        await client.getByRole('heading', { name: speaker.name }).waitFor()
      await expect(client.locator('body').innerText()).resolves.toContain('US$12,000.00')
      await expect(client.locator('body').innerText()).resolves.toContain(
        'Keynote, 45 minutes, Q&A included',
      )
    })
    await step(client, 'proposals-4-client-accepts', async () => {
      await client
        .locator(`article[data-speaker="${speakers[1].slug}"]`)
        .getByRole('button', { name: 'Choose this speaker' })
        .click()
      await client.getByText(`You chose ${speakers[1].name}`).waitFor({ timeout: 30_000 })
      expect(await client.getByRole('button', { name: 'Choose this speaker' }).count()).toBe(0)
    })
    await clientContext.close()

    const accepted = await eventually(() =>
      smtp.messages.find((m) => /Proposal accepted/.test(m.subject ?? '')),
    )
    expect(recipientsOf(accepted)).toContain(e2eEmail('staff'))
    await eventually(() =>
      webhook.received.find((body) => JSON.stringify(body).includes('accepted the proposal')),
    )

    const holds = (await api(`/holds?where[bookingRequest][equals]=${request.id}&depth=0`)).body
      .docs
    expect(holds).toHaveLength(1)
    expect(holds[0]).toMatchObject({ rank: 1, startDate: EVENT_DATE, status: 'held' })
    expect(String(holds[0].speaker)).toBe(String(speakers[1].id))

    await step(staff, 'proposals-5-request-on-hold', async () => {
      await staff.goto(`${server.baseUrl}/admin/collections/booking-requests/${request.id}`)
      await staff
        .locator('[data-field="statusHistory"] .status-history__line', {
          hasText: 'Client accepted a proposal',
        })
        .waitFor({ timeout: 60_000 })
    })

    // Before saving a new hold, its form warns of the one already on the speaker's day.
    await step(staff, 'proposals-6a-clash-before-saving', async () => {
      await staff.goto(`${server.baseUrl}/admin/collections/holds/create`)
      await pick(staff, 'field-speaker', speakers[1].name)
      const day = staff.locator('#field-startDate input')
      await day.fill('18 Jun 2031')
      await day.press('Enter')
      await staff.getByTestId('hold-clash-warning').waitFor({ timeout: 60_000 })
      await expect(staff.getByTestId('hold-clash-warning').innerText()).resolves.toContain('rank 2')
      // Leaving the unsaved form: a "leave the page?" prompt is answered yes.
      staff.on('dialog', (dialog) => void dialog.accept())
    })

    // Another request holds the same speaker's day: rank 2, and the admin warns on its form.
    await postBookingRequest(server.baseUrl, {
      eventDate: EVENT_DATE,
      eventName: `${EVENT} (second)`,
    })
    const second = (
      await api(
        `/booking-requests?where[eventName][equals]=${encodeURIComponent(`${EVENT} (second)`)}&depth=0`,
      )
    ).body.docs[0]
    const rival = await api('/holds', {
      body: JSON.stringify({
        bookingRequest: second.id,
        expiresAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        speaker: speakers[1].id,
        startDate: EVENT_DATE,
        timeZone: 'Europe/London',
      }),
      method: 'POST',
    })
    expect(rival.status).toBe(201)
    expect(rival.body.doc.rank).toBe(2)
    await eventually(() => smtp.messages.find((m) => /Second hold/.test(m.subject ?? '')))

    await step(staff, 'proposals-6-clash-warning', async () => {
      await staff.goto(`${server.baseUrl}/admin/collections/holds/${rival.body.doc.id}`)
      await staff.getByTestId('hold-clash-warning').waitFor({ timeout: 60_000 })
      await expect(staff.getByTestId('hold-clash-warning').innerText()).resolves.toContain(EVENT)
    })

    await step(staff, 'proposals-7-confirm-hold', async () => {
      await staff.goto(`${server.baseUrl}/admin/collections/holds/${holds[0].id}`)
      await staff.locator('#field-status .rs__control').click()
      await staff.locator('.rs__option', { hasText: 'Confirmed' }).click()
      const saved = staff.waitForResponse(
        (r) => r.url().includes(`/api/holds/${holds[0].id}`) && r.request().method() === 'PATCH',
        { timeout: 60_000 },
      )
      await staff.getByRole('button', { name: 'Save' }).click()
      expect((await saved).status()).toBe(200)
    })
    const confirmed = (await api(`/booking-requests/${request.id}?depth=0`)).body
    expect(confirmed.status).toBe('confirmed')
    expect(String(confirmed.confirmedSpeaker)).toBe(String(speakers[1].id))
    expect((await api(`/holds/${rival.body.doc.id}?depth=0`)).body.status).toBe('released')
    await eventually(() => smtp.messages.find((m) => /Hold released/.test(m.subject ?? '')))

    // The public sees the day busy, and nothing else.
    const availability = await (
      await fetch(
        `${server.baseUrl}/api/speakers/${speakers[1].slug}/availability?from=2031-06-01&to=2031-06-30`,
      )
    ).json()
    expect(availability).toEqual({ busy: [EVENT_DATE], from: '2031-06-01', to: '2031-06-30' })

    await step(staff, 'proposals-8-speaker-holds', async () => {
      await staff.goto(`${server.baseUrl}/admin/collections/speakers/${speakers[1].id}`)
      await staff
        .getByTestId('speaker-holds')
        .getByText(EVENT_DATE)
        .first()
        .waitFor({ timeout: 60_000 })
    })
  })
})
