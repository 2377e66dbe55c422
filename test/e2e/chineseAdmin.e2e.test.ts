import { describe, expect, it } from '@jest/globals'
import type { Browser, Page } from 'playwright-core'

import { moveDocument, signIn, step } from './helpers/browser'
import { apiTokenOf, E2E_PASSWORD, e2eEmail, postBookingRequest } from './helpers/productionServer'
import { useServerAndBrowser } from './helpers/serverAndBrowser'

const EVENT = `中文后台 Summit ${Date.now()}`

/**
 * An admin whose browser asks for Chinese: Payload takes the language from its `payload-lng`
 * cookie, else from Accept-Language (payload/dist/utilities/getRequestLanguage.js). No cookie here:
 * the browser's language alone must be enough.
 */
const signInInChinese = (
  browser: Browser,
  baseUrl: string,
  role: 'admin' | 'editor' | 'reviewer' = 'admin',
): Promise<Page> =>
  signIn(browser, baseUrl, e2eEmail(role), E2E_PASSWORD, {
    extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9' },
    locale: 'zh-CN',
  })

/** The visible text of the page's main area and navigation. */
const textOf = (page: Page) => page.locator('body').innerText()

/** Waits until each text is on the page (the rich text editor and joins render after the form). */
const expectShown = async (page: Page, texts: string[]): Promise<void> => {
  const until = Date.now() + 15_000
  let text = await textOf(page)
  while (texts.some((wanted) => !text.includes(wanted)) && Date.now() < until) {
    await page.waitForTimeout(250)
    text = await textOf(page)
  }
  for (const wanted of texts)
    expect({ shown: text.includes(wanted), wanted }).toEqual({ shown: true, wanted })
}

describe('the admin in Chinese', () => {
  const env = useServerAndBrowser()

  it('should show our collections, field labels, booking statuses and review states in Chinese', async () => {
    const started = Date.now()
    const posted = await postBookingRequest(env.server.baseUrl, {
      consent: true,
      contactName: 'Mei Organiser',
      durationMinutes: 45,
      email: 'mei@events.test',
      eventDate: '2031-03-01',
      eventLocation: 'Shanghai',
      eventName: EVENT,
      format: 'hybrid',
      sessionType: 'keynote',
    })
    expect(posted.status).toBe(201)
    const page = await signInInChinese(env.browser, env.server.baseUrl)

    await step(page, 'zh-1-dashboard', async () => {
      await page.waitForSelector('text=演讲嘉宾', { timeout: 60_000 })
      await expectShown(page, [
        '演讲嘉宾',
        '访谈',
        '主题',
        '预约请求',
        '审核记录',
        '用户',
        '内容',
        '预约',
      ])
      const text = await textOf(page)
      for (const english of ['Speakers', 'Interviews', 'Booking requests', 'Review Events'])
        expect(text).not.toContain(english)
    })

    await step(page, 'zh-2-booking-requests-list', async () => {
      await page.goto(`${env.server.baseUrl}/admin/collections/booking-requests`)
      await page.waitForSelector(`text=${EVENT}`, { timeout: 60_000 })
      await expectShown(page, ['活动名称', '申请编号', '状态', '活动日期', '新申请'])
    })

    await step(page, 'zh-3-booking-request', async () => {
      await page.getByRole('link', { name: EVENT }).first().click()
      await page.waitForSelector('text=时长（分钟）', { timeout: 60_000 })
      await expectShown(page, [
        '联系人',
        '电子邮件',
        '活动名称',
        '活动形式',
        '线上线下结合',
        '环节类型',
        '主题演讲',
        '时长（分钟）',
        '状态',
        '新申请',
        '负责人',
        '内部备注',
        '来源',
        'IP 地址哈希',
      ])
      const text = await textOf(page)
      for (const english of ['Duration Minutes', 'Ip Hash', 'Contact Name', 'Event Name'])
        expect(text).not.toContain(english)
    })

    await step(page, 'zh-4-interview', async () => {
      const token = await apiTokenOf(env.server.baseUrl, 'admin')
      const created = await fetch(`${env.server.baseUrl}/api/interviews?draft=true`, {
        body: JSON.stringify({ excerpt: '一次关于互联网的访谈', title: `访谈 ${EVENT}` }),
        headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
        method: 'POST',
      })
      expect(created.status).toBe(201)
      const { doc } = await created.json()
      await page.goto(`${env.server.baseUrl}/admin/collections/interviews/${doc.id}`)
      await page.waitForSelector('text=审核状态', { timeout: 60_000 })
      await expectShown(page, [
        '标题',
        '演讲嘉宾',
        '出处',
        '刊物',
        '原文网址',
        '摘要',
        '正文',
        '审核状态',
        '草稿',
        '审核备注',
        '提交审核',
      ])
      const text = await textOf(page)
      for (const english of ['Review State', 'Review Note', 'Url', 'Excerpt'])
        expect(text).not.toContain(english)
    })
    await page.context().close()
    console.log(`Chinese admin scenario took ${Date.now() - started} ms`)
  })

  it('should take an interview through a whole review round in Chinese: buttons, toasts, states, history', async () => {
    const started = Date.now()
    const token = await apiTokenOf(env.server.baseUrl, 'editor')
    const speakers = await (await fetch(`${env.server.baseUrl}/api/speakers?limit=1`)).json()
    const title = `审核流程 ${EVENT}`
    const created = await fetch(`${env.server.baseUrl}/api/interviews?draft=true`, {
      body: JSON.stringify({ speakers: [speakers.docs[0].id], title }),
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    const url = `${env.server.baseUrl}/admin/collections/interviews/${doc.id}`
    /** Opens the interview in Chinese as `role`, runs the step, closes the tab (the lock goes with the move). */
    const asPerson = async (
      role: 'editor' | 'reviewer',
      name: string,
      run: (page: Page) => Promise<void>,
    ) => {
      const page = await signInInChinese(env.browser, env.server.baseUrl, role)
      await page.goto(url)
      await page.waitForSelector('text=审核状态', { timeout: 60_000 })
      await page.waitForLoadState('networkidle')
      await step(page, name, () => run(page))
      await page.context().close()
    }
    const stateShown = (page: Page, state: string) =>
      page.waitForSelector(`#field-reviewState >> text=${state}`, { timeout: 30_000 })

    await asPerson('editor', 'zh-5-editor-submits', async (page) => {
      await moveDocument(page, 'interviews', '提交审核', '已提交审核')
      await stateShown(page, '审核中')
      await expectShown(page, ['提交审核', 'Erin Editor'])
    })
    await asPerson('reviewer', 'zh-6-reviewer-requests-changes', async (page) => {
      expect(await page.getByRole('button', { exact: true, name: '提交审核' }).count()).toBe(0)
      await page.fill('textarea[name="reviewNote"]', '请补充原文的出处。')
      await moveDocument(page, 'interviews', '要求修改', '已请Erin Editor修改')
      await stateShown(page, '退回修改')
      await expectShown(page, ['退回修改', 'Ravi Reviewer', '请补充原文的出处。'])
    })
    await asPerson('editor', 'zh-7-editor-resubmits', async (page) => {
      await page.fill('input[name="source.publication"]', '南华早报')
      await moveDocument(page, 'interviews', '提交审核', '已提交审核')
      await stateShown(page, '审核中')
    })
    await asPerson('reviewer', 'zh-8-reviewer-approves-and-publishes', async (page) => {
      await moveDocument(page, 'interviews', '批准', '已批准，可以发布')
      await stateShown(page, '已批准')
      await moveDocument(page, 'interviews', /^发布/, '已发布：公众现在看到此版本')
      await page.waitForSelector('.status__value >> text=已发布', { timeout: 30_000 })
      await expectShown(page, ['已批准', '已发布', 'Ravi Reviewer'])
      const text = await textOf(page)
      for (const english of ['Submitted for review', 'Changes requested', 'Approved', 'Published'])
        expect(text).not.toContain(english)
    })
    const published = await fetch(
      `${env.server.baseUrl}/api/interviews?where[title][equals]=${encodeURIComponent(title)}`,
    )
    const body = await published.json()
    expect(body.totalDocs).toBe(1)
    expect(body.docs[0].source.publication).toBe('南华早报')
    console.log(`Chinese review round took ${Date.now() - started} ms`)
  })

  it('should find speakers in the admin list by pinyin, by a typo, and over the public search API', async () => {
    const page = await signInInChinese(env.browser, env.server.baseUrl, 'editor')
    /**
     * The list's rows once they answer the search: the URL changes before the table does, so the
     * rows are read until `answered` holds (or 15 s have passed), then checked by the caller.
     */
    const rowsFor = async (search: string, answered: (rows: string) => boolean) => {
      await page.fill('#search-filter-input', search)
      await page.waitForURL((url) => url.searchParams.get('search') === search, {
        timeout: 15_000,
      })
      let rows = ''
      for (const until = Date.now() + 15_000; Date.now() < until; await page.waitForTimeout(250)) {
        rows = await page.locator('.table').innerText()
        if (answered(rows)) break
      }
      return rows
    }
    await step(page, 'zh-9-list-search', async () => {
      await page.goto(`${env.server.baseUrl}/admin/collections/speakers`)
      await page.waitForSelector('#search-filter-input', { timeout: 60_000 })
      const only = (name: string) => (rows: string) =>
        rows.includes(name) &&
        !['李晓华', 'Kaiser Kuo', '김영희'].some((other) => other !== name && rows.includes(other))
      const byPinyin = await rowsFor('li xiaohua', only('李晓华'))
      expect(byPinyin).toContain('李晓华')
      expect(byPinyin).not.toContain('Kaiser Kuo')
      const byTypo = await rowsFor('kiaser', only('Kaiser Kuo'))
      expect(byTypo).toContain('Kaiser Kuo')
      expect(byTypo).not.toContain('李晓华')
      const byHangul = await rowsFor('gim yeonghui', only('김영희'))
      expect(byHangul).toContain('김영희')
      expect(byHangul).not.toContain('Kaiser Kuo')
    })
    const response = await fetch(`${env.server.baseUrl}/api/speakers/search?q=zhang%20meiling`)
    expect(response.status).toBe(200)
    const { docs } = await response.json()
    expect(docs.map(({ name }: { name: string }) => name)).toEqual(['張美玲'])
  })
})
