import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import type { SpawnedServer } from '../helpers/spawnServer'
import { closeTab, launchBrowser, moveDocument, screenshot, signIn, step } from './helpers/browser'
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

  /**
   * Opens the interview from a dashboard card. The previous person closed their tab right after
   * their move: nobody is told someone else "is currently editing" (no take-over).
   */
  const openFromDashboard = async (page: Page, queue: string) => {
    await page.goto(`${server.baseUrl}/admin`)
    const card = page.locator(`[data-queue="${queue}"]`)
    await card.getByRole('link', { name: TITLE }).click()
    await page.waitForSelector('text=Review State', { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1_000)
    expect(await page.locator('#document-locked').isVisible()).toBe(false)
  }

  /** The document's review history as people read it: one line of cell texts per row. */
  const historyRows = async (page: Page): Promise<string[]> =>
    (await page.locator('.relationship-table tbody tr').allInnerTexts()).map((row) =>
      row.replace(/\s+/g, ' ').trim(),
    )

  /** Waits (up to 30 s) for a history row holding every part; fails listing the rows seen. */
  const expectHistoryRow = async (page: Page, ...parts: string[]) => {
    const until = Date.now() + 30_000
    let rows: string[] = []
    while (Date.now() < until) {
      rows = await historyRows(page)
      if (rows.some((row) => parts.every((part) => row.includes(part)))) return
      await page.waitForTimeout(500)
    }
    expect(rows).toContain(parts.join(' … '))
  }

  const buttonCount = (page: Page, name: string) =>
    page.getByRole('button', { exact: true, name }).count()

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
        await moveDocument(page, 'interviews', 'Submit for review', 'Sent to review')
        await page.waitForSelector('#field-reviewState >> text=In review', { timeout: 30_000 })
        expect(await buttonCount(page, 'Submit for review')).toBe(0)
        await expectHistoryRow(page, 'Submitted for review', 'Erin Editor')
        expect((await historyRows(page)).join('\n')).not.toContain('<No')
        // The history is written by the workflow: no "Add new" drawer that can fill in nothing.
        expect(await page.locator('.relationship-table [class*="__add-new"]').count()).toBe(0)
        await expect(page.locator('.relationship-table').innerText()).resolves.not.toMatch(
          /add new|create new/i,
        )
      })
      await closeTab(page)
    })
  })

  it('should show the reviewer the interview on the dashboard, and send it back with a note', async () => {
    await timed('reviewer requests changes', async () => {
      const page = await signIn(browser, server.baseUrl, e2eEmail('reviewer'), E2E_PASSWORD)
      await step(page, '2-reviewer-requests-changes', async () => {
        await openFromDashboard(page, 'toReview')
        expect(await buttonCount(page, 'Approve')).toBe(1)
        expect(await buttonCount(page, 'Submit for review')).toBe(0)
        await page.fill('textarea[name="reviewNote"]', 'Please add where the interview first ran.')
        await moveDocument(
          page,
          'interviews',
          'Request changes',
          'Changes requested from Erin Editor',
        )
        await page.waitForSelector('#field-reviewState >> text=Changes requested', {
          timeout: 30_000,
        })
        // Sent back: the next move is the author's, not the reviewer's.
        expect(await buttonCount(page, 'Submit for review')).toBe(0)
        expect(await buttonCount(page, 'Approve')).toBe(0)
        await expectHistoryRow(
          page,
          'Changes requested',
          'Ravi Reviewer',
          'Please add where the interview first ran.',
        )
      })
      await closeTab(page)
    })
  })

  it('should let the editor find it sent back and resubmit it', async () => {
    await timed('editor resubmits', async () => {
      const page = await signIn(browser, server.baseUrl, e2eEmail('editor'), E2E_PASSWORD)
      await step(page, '3-editor-resubmits', async () => {
        await page.goto(`${server.baseUrl}/admin`)
        await expect(page.locator('[data-queue="sentBack"]').innerText()).resolves.toContain(
          'Please add where the interview first ran.',
        )
        await screenshot(page, '3-editor-dashboard')
        await openFromDashboard(page, 'sentBack')
        await page.fill('input[name="source.publication"]', 'Korea JoongAng Daily')
        await moveDocument(page, 'interviews', 'Submit for review', 'Sent to review')
        await page.waitForSelector('#field-reviewState >> text=In review', { timeout: 30_000 })
      })
      await closeTab(page)
    })
  })

  it('should let the reviewer approve and publish, and the public API show it', async () => {
    await timed('reviewer approves and publishes', async () => {
      const page = await signIn(browser, server.baseUrl, e2eEmail('reviewer'), E2E_PASSWORD)
      await step(page, '4-reviewer-publishes', async () => {
        await openFromDashboard(page, 'toReview')
        await moveDocument(page, 'interviews', 'Approve', 'Approved: ready to publish')
        await page.waitForSelector('#field-reviewState >> text=Approved', { timeout: 30_000 })
        await moveDocument(
          page,
          'interviews',
          /^Publish/,
          'Published: the public sees this version now',
        )
        await page.waitForSelector('.status__value >> text=Published', { timeout: 30_000 })
        // Live, with nothing newer: nothing to send back (edit it, or unpublish it).
        expect(await buttonCount(page, 'Request changes')).toBe(0)
        await expectHistoryRow(page, 'Approved', 'Ravi Reviewer')
        await expectHistoryRow(page, 'Published', 'Ravi Reviewer')
      })
      await step(page, '5-review-events-list', async () => {
        await page.goto(`${server.baseUrl}/admin/collections/review-events`)
        await page
          .locator('tbody tr', { hasText: 'Changes requested' })
          .filter({ hasText: 'Ravi Reviewer' })
          .first()
          .waitFor({ timeout: 30_000 })
        await expect(page.locator('tbody').innerText()).resolves.not.toMatch(
          /changes_requested|<No By>/,
        )
      })
      await closeTab(page)
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
