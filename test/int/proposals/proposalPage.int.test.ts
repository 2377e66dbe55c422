import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { proposalPageRoute } from '../../../src/proposals/page/proposalPageRoute'
import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayloadWithMail, type TestContext } from '../../helpers/bootPayload'
import { drainQueue } from '../../helpers/drainQueue'
import { createPortrait } from '../../helpers/media'
import { makeBookingRequest, publishSpeakers, tokenInMail } from '../../helpers/proposals'
import { type SmtpSink, startSmtpSink } from '../../helpers/smtpSink'
import { type SignedInUser, signInAs } from '../../helpers/users'

describe('/p/:token, the client’s page (no JavaScript)', () => {
  let smtp: SmtpSink
  let ctx: TestContext
  let api: ApiClient
  let staff: SignedInUser
  let page: ReturnType<typeof proposalPageRoute>
  let speakers: { id: number | string; slug: string }[]

  beforeAll(async () => {
    smtp = await startSmtpSink()
    ctx = await bootPayloadWithMail(smtp.port)
    api = createApiClient(ctx.config)
    page = proposalPageRoute(ctx.config)
    staff = await signInAs(ctx.payload, 'staff')
    speakers = await publishSpeakers(ctx.payload, ['Page One', '<script>alert(1)</script> Two'])
  })

  afterAll(async () => {
    await ctx.close()
    await smtp.close()
  })

  const sentProposal = async (eventName = 'Digital China Summit', offered = speakers) => {
    const request = await makeBookingRequest(ctx.payload, { eventName })
    const made = await api.post('/proposals', {
      body: {
        bookingRequest: request.id,
        internalNote: 'Do not show: margin 30%',
        items: offered.map(({ id }) => ({
          feeAmount: 15000,
          feeCurrency: 'EUR',
          note: 'Half-day <b>workshop</b>',
          speaker: id,
        })),
      },
      token: staff.token,
    })
    const { doc } = await made.json()
    await api.post(`/proposals/${doc.id}/send`, { token: staff.token })
    await drainQueue(ctx.payload)
    const mail = smtp.messages.filter((m) => /Speakers proposed/.test(m.subject ?? '')).at(-1)!
    return { id: doc.id, request, token: tokenInMail(mail) }
  }

  const get = (token: string, headers: Record<string, string> = {}) =>
    page.GET(new Request(`http://localhost:3000/p/${token}`, { headers }), {
      params: Promise.resolve({ token }),
    })
  const post = (token: string, form: Record<string, string>) =>
    page.POST(
      new Request(`http://localhost:3000/p/${token}`, {
        body: new URLSearchParams(form).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        method: 'POST',
      }),
      { params: Promise.resolve({ token }) },
    )

  it('shows each speaker and fee with forms to answer; private headers; nothing of staff’s; all text escaped', async () => {
    const { token } = await sentProposal()
    const response = await get(token)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await response.text()
    expect(html).toContain('Page One')
    expect(html).toContain('€15,000.00')
    expect(html).toContain('name="action" value="accept"')
    expect(html).not.toContain('<script')
    // The deadline with its time and zone: a bare date was UTC's day, early for the Americas.
    expect(html).toMatch(/Please answer by \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC\./)
    expect(html).toContain('&lt;script&gt;')
    expect(html).toContain('Half-day &lt;b&gt;workshop&lt;/b&gt;')
    expect(html).not.toContain('margin 30%')
    const zh = await (await get(token, { 'accept-language': 'zh-CN' })).text()
    expect(zh).toContain('为「Digital China Summit」推荐的演讲嘉宾')
  })

  it('accepting through the form records the answer and redirects to the page, which shows it', async () => {
    const { id, token } = await sentProposal()
    const noReason = await post(token, { action: 'decline', reason: '' })
    expect(noReason.status).toBe(400)
    expect(await noReason.text()).toContain('role="alert"')
    const accepted = await post(token, { action: 'accept', speaker: speakers[0].slug })
    expect(accepted.status).toBe(303)
    expect(accepted.headers.get('location')).toBe(`/p/${token}`)
    const stored = await ctx.payload.findByID({ collection: 'proposals', id })
    expect(stored.status).toBe('accepted')
    const after = await (await get(token)).text()
    expect(after).toContain('You chose Page One')
    expect(after).not.toContain('name="action"')
    const twice = await post(token, { action: 'accept', speaker: speakers[1].slug })
    expect(twice.status).toBe(409)
    expect(
      (await ctx.payload.findByID({ collection: 'proposals', id, depth: 0 })).answer?.speaker,
    ).toBe(speakers[0].id)
  })

  it('shows each speaker’s photo, on the page and in the link’s JSON', async () => {
    const photo = await createPortrait(ctx.payload, 'Pictured Speaker')
    const pictured = await ctx.payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Pictured Speaker', photo: photo.id } as never,
    })
    const { token } = await sentProposal('Photo Day', [
      { id: pictured.id, slug: String(pictured.slug) },
    ])
    const answer = await api.get(`/proposals/by-token/${token}`)
    expect(answer.status).toBe(200)
    const { items } = (await answer.json()) as { items: { speaker: { photo: { url: string } } }[] }
    expect(items[0].speaker.photo.url).toMatch(
      /\/api\/media\/file\/pictured-speaker-[0-9a-f]{6}\.png$/,
    )
    expect(await (await get(token)).text()).toContain(`<img src="${items[0].speaker.photo.url}"`)
  })

  it('shows anyone’s text as text, replacement patterns included', async () => {
    const { token } = await sentProposal("Evt $` $' $& {event} <b>")
    const html = await (await get(token)).text()
    expect(html).toContain('<h1>Speakers proposed for Evt $` $&#39; $&amp; {event} &lt;b&gt;</h1>')
  })

  it('unknown links are 404 pages; revoked ones 410', async () => {
    expect((await get('A'.repeat(43))).status).toBe(404)
    const { id, token } = await sentProposal()
    await api.post(`/proposals/${id}/revoke`, { token: staff.token })
    const gone = await get(token)
    expect(gone.status).toBe(410)
    expect(await gone.text()).toContain('withdrawn')
    expect((await post(token, { action: 'accept', speaker: speakers[0].slug })).status).toBe(410)
  })
})
