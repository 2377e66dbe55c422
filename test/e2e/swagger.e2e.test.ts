import { describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { step } from './helpers/browser'
import { useServerAndBrowser } from './helpers/serverAndBrowser'

/**
 * Swagger UI's "Try it out" for `GET /api/speakers`, from the page at `origin`: the answer's status
 * as Swagger UI shows it, and what the browser refused (CSP violations land in the console).
 */
const tryListingSpeakers = async (
  browser: Browser,
  origin: string,
): Promise<{ page: Page; refused: string[]; server: string; status: string }> => {
  const page = await (
    await browser.newContext({ viewport: { height: 1000, width: 1400 } })
  ).newPage()
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Refused to|Content Security Policy|Failed to fetch/i.test(message.text()))
      refused.push(message.text())
  })
  await page.goto(`${origin}/api/docs`)
  const operation = page
    .locator('.opblock', {
      has: page.locator('.opblock-summary-method', { hasText: 'GET' }),
    })
    .filter({ has: page.locator('[data-path="/api/speakers"]') })
  await operation.locator('.opblock-summary').first().click()
  await operation.locator('button.try-out__btn').click()
  await operation.locator('button.execute').click()
  const status = operation.locator('.live-responses-table tbody .response-col_status').first()
  await status.waitFor({ timeout: 30_000 })
  const server = await page.locator('.servers select').inputValue()
  return { page, refused, server, status: (await status.innerText()).trim() }
}

describe('Swagger UI at /api/docs', () => {
  const env = useServerAndBrowser()

  it('should try GET /api/speakers out from PUBLIC_SERVER_URL and from localhost', async () => {
    const started = Date.now()
    const publicUrl = env.server.baseUrl
    const localhost = publicUrl.replace('127.0.0.1', 'localhost')
    for (const [name, origin] of [
      ['swagger-public-server-url', publicUrl],
      ['swagger-localhost', localhost],
    ]) {
      const tried = await tryListingSpeakers(env.browser, origin)
      await step(tried.page, name, async () => {
        expect({ refused: tried.refused, server: tried.server, status: tried.status }).toEqual({
          refused: [],
          server: origin,
          status: '200',
        })
      })
    }
    // The document itself names the public URL (the server the clients generated from it call).
    const document = await (await fetch(`${publicUrl}/api/openapi.json`)).json()
    expect(document.servers).toEqual([{ url: publicUrl }])
    console.log(`e2e swagger: ${Date.now() - started} ms`)
  })
})
