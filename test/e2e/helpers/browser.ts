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
  await page.waitForTimeout(500)
  await page.context().close()
}
