import fs from 'node:fs'
import path from 'node:path'
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core'

export const SCREENSHOTS = path.resolve(process.cwd(), 'test', 'e2e', 'screenshots')

/** Debian's Chromium (npx playwright install cannot download browsers here). */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  })

/**
 * Signs in through the admin's login form in a new browser context; `context` adds what the
 * person's browser brings (timezoneId, locale, Accept-Language).
 */
export const signIn = async (
  browser: Browser,
  baseUrl: string,
  email: string,
  password: string,
  context: BrowserContextOptions = {},
): Promise<Page> => {
  const page = await (
    await browser.newContext({ viewport: { height: 1000, width: 1400 }, ...context })
  ).newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', email)
  await page.fill('input[name="password"]', password)
  await page.click('button[type="submit"]')
  await page.waitForURL(`${baseUrl}/admin`, { timeout: 60_000 })
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

/** Closes the person's tab (and browser) without leaving the page first: no unlock on the way out. */
export const closeTab = async (page: Page): Promise<void> => {
  await page.context().close()
}

/**
 * Clicks a review button (or Publish), waits for the server to answer 200 and for the toast that
 * says what happened; no reload, so what the page shows next is what the form took from the save.
 */
export const moveDocument = async (
  page: Page,
  collection: string,
  name: RegExp | string,
  toast: string,
): Promise<void> => {
  const saved = page.waitForResponse(
    (response) =>
      response.url().includes(`/api/${collection}/`) && response.request().method() === 'PATCH',
    { timeout: 60_000 },
  )
  await page
    .getByRole('button', { exact: typeof name === 'string', name })
    .first()
    .click()
  const response = await saved
  if (response.status() !== 200)
    throw new Error(`saving answered ${response.status()}: ${await response.text()}`)
  await page.locator('[data-sonner-toast]', { hasText: toast }).first().waitFor({ timeout: 30_000 })
}
