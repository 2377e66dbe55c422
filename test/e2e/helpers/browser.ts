import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'

export const SCREENSHOTS = path.resolve(process.cwd(), 'test', 'e2e', 'screenshots')

/** Debian's Chromium (npx playwright install cannot download browsers here). */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  })

export const signIn = async (
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
): Promise<Page> => {
  const page = await (
    await browser.newContext({ viewport: { height: 1000, width: 1400 } })
  ).newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(`${baseUrl}/admin`, { timeout: 60_000 })
  // Payload locks a document while someone has it open. When the previous person's lock is not
  // released yet (their tab closed a moment ago), take over, as the next person in the office would.
  await page.addLocatorHandler(page.locator('#document-locked'), async (dialog) => {
    await dialog.getByRole('button', { name: 'Take over' }).click()
  })
  return page
}

export const screenshot = async (page: Page, name: string): Promise<void> => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ fullPage: true, path: path.join(SCREENSHOTS, `${name}.png`) })
}

/** Runs a scenario step, saving a screenshot of the page at its end, or when it fails. */
export const step = async (page: Page, name: string, run: () => Promise<void>): Promise<void> => {
  try {
    await run()
    await screenshot(page, name)
  } catch (err) {
    await screenshot(page, `${name}-FAILED`).catch(() => undefined)
    throw err
  }
}

/**
 * Leaves the admin the way a person would (Payload unlocks the document they were editing when they
 * navigate away), then closes the browser context.
 */
export const signOut = async (page: Page, baseUrl: string): Promise<void> => {
  await page.goto(`${baseUrl}/admin`).catch(() => undefined)
  await page.waitForTimeout(1500)
  await page.context().close()
}

/** Clicks a button that saves the document, waits for the server to answer 200, then reloads. */
export const clickAndSave = async (
  page: Page,
  collection: string,
  name: RegExp | string,
): Promise<void> => {
  const saved = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/${collection}/`) && response.request().method() === 'PATCH',
    { timeout: 60_000 },
  )
  await page.getByRole('button', { name }).first().click()
  const response = await saved
  if (response.status() !== 200)
    throw new Error(`saving answered ${response.status()}: ${await response.text()}`)
  await page.reload()
  await page.waitForSelector('text=Review State', { timeout: 60_000 })
}
