import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { SpawnedServer } from '../helpers/spawnServer'
import { clickAndSave, launchBrowser, signIn, signOut, step } from './helpers/browser'
import { E2E_PASSWORD, e2eEmail, startProductionServer } from './helpers/productionServer'

const TITLE = `E2E interview ${Date.now()}`

describe('an interview from draft to published, in the admin', () => {
  let server: SpawnedServer
  let browser: Browser
  const timings: Record<string, number> = {}
  const timed = async (name: string, run: () => Promise<void>) => {
    const started = Date.now()
    await run()
    timings[name] = Date.now() - started
  }

  beforeAll(async () => {
    server = await startProductionServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    console.log('editorial scenario timings (ms):', JSON.stringify(timings))
    await browser?.close()
    await server?.stop()
  })

  const openFromDashboard = async (page: Page, queue: string) => {
    await page.goto(`${server.baseUrl}/admin`)
    const card = page.locator(`[data-queue="${queue}"]`)
    await card.getByRole('link', { name: TITLE }).click()
    await page.waitForSelector('text=Review State', { timeout: 60_000 })
    // Let the lock check finish first: taking over a lock reloads the form and would drop typing.
    await page.waitForLoadState('networkidle')
    await page
      .locator('#document-locked')
      .waitFor({ timeout: 2_000 })
      .catch(() => undefined)
    if (await page.locator('#document-locked').isVisible()) {
      await page.locator('#document-locked').getByRole('button', { name: 'Take over' }).click()
      await page.waitForLoadState('networkidle')
    }
  }

  it('should let an editor write a Q&A interview and submit it', async () => {
    await timed('editor creates and submits', async () => {
      const page = await signIn(browser, server.baseUrl, e2eEmail('editor'), E2E_PASSWORD)
      await step(page, '1-editor-submits', async () => {
        await page.goto(`${server.baseUrl}/admin/collections/interviews/create`)
        await page.fill('input[name="title"]', TITLE)
        await page.locator('#field-speakers').click()
        await page.getByText('Kaiser Kuo', { exact: true }).first().click()
        const editor = page.locator('[data-lexical-editor="true"]').first()
        await editor.click()
        await page.keyboard.type('An interview the bureau reprints.')
        await page.keyboard.press('Enter')
        await page.keyboard.type('/question')
        await page.getByText('Question and answer', { exact: false }).last().click()
        const question = page.locator('textarea[name$="question"]').first()
        await question.waitFor({ timeout: 30_000 })
        await question.click()
        await page.keyboard.type('What do Western companies misread?')
        await page.locator('textarea[name$="answer"]').first().click()
        await page.keyboard.type('What Chinese users want.')
        await page.waitForTimeout(500)
        await page.getByRole('button', { name: 'Save Draft' }).click()
        await page.waitForURL(/\/admin\/collections\/interviews\/(?!create)[^/]+$/, {
          timeout: 60_000,
        })
        await page.reload()
        await expect(page.locator('textarea[name$="question"]').first().inputValue()).resolves.toBe(
          'What do Western companies misread?',
        )
        expect(await page.getByRole('button', { name: /publish/i }).count()).toBe(0)
        await clickAndSave(page, 'interviews', 'Submit for review')
        await page.waitForSelector('#field-reviewState >> text=In review', { timeout: 30_000 })
      })
      await signOut(page, server.baseUrl)
    })
  })

  it('should show the reviewer the interview on the dashboard, and send it back with a note', async () => {
    await timed('reviewer requests changes', async () => {
      const page = await signIn(browser, server.baseUrl, e2eEmail('reviewer'), E2E_PASSWORD)
      await step(page, '2-reviewer-requests-changes', async () => {
        await openFromDashboard(page, 'Waiting for review')
        await page.fill('textarea[name="reviewNote"]', 'Please add where the interview first ran.')
        await clickAndSave(page, 'interviews', 'Request changes')
        await page.waitForSelector('#field-reviewState >> text=Changes requested', {
          timeout: 30_000,
        })
      })
      await signOut(page, server.baseUrl)
    })
  })

  it('should let the editor find it sent back and resubmit it', async () => {
    await timed('editor resubmits', async () => {
      const page = await signIn(browser, server.baseUrl, e2eEmail('editor'), E2E_PASSWORD)
      await step(page, '3-editor-resubmits', async () => {
        await openFromDashboard(page, 'Sent back to you with notes')
        await page.fill('input[name="source.publication"]', 'Korea JoongAng Daily')
        await clickAndSave(page, 'interviews', 'Submit for review')
        await page.waitForSelector('#field-reviewState >> text=In review', { timeout: 30_000 })
      })
      await signOut(page, server.baseUrl)
    })
  })

  it('should let the reviewer approve and publish, and the public API show it', async () => {
    await timed('reviewer approves and publishes', async () => {
      const page = await signIn(browser, server.baseUrl, e2eEmail('reviewer'), E2E_PASSWORD)
      await step(page, '4-reviewer-publishes', async () => {
        await openFromDashboard(page, 'Waiting for review')
        await clickAndSave(page, 'interviews', 'Approve')
        await page.waitForSelector('#field-reviewState >> text=Approved', { timeout: 30_000 })
        await clickAndSave(page, 'interviews', /^Publish/)
        await page.waitForSelector('text=Published', { timeout: 30_000 })
      })
      await signOut(page, server.baseUrl)
    })
    const response = await fetch(
      `${server.baseUrl}/api/interviews?where[title][equals]=${encodeURIComponent(TITLE)}&depth=1`,
    )
    const body = await response.json()
    expect(body.totalDocs).toBe(1)
    expect(body.docs[0].source.publication).toBe('Korea JoongAng Daily')
    const blocks = body.docs[0].body.root.children.filter(
      (node: { type: string }) => node.type === 'block',
    )
    expect(blocks[0].fields).toMatchObject({
      blockType: 'qa',
      question: 'What do Western companies misread?',
    })
  })
})
