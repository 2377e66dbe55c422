import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import ICAL from 'ical.js'

import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { inDays, makeBookingRequest, publishSpeakers } from '../../helpers/proposals'
import { type SignedInUser, signInAs } from '../../helpers/users'

type Id = number | string

describe('a speaker’s availability and calendar feed', () => {
  let ctx: TestContext
  let api: ApiClient
  let staff: SignedInUser
  let editor: SignedInUser
  let speaker: { id: Id; slug: string }
  let draftSpeaker: { id: Id; slug: string }

  const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString()

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    staff = await signInAs(ctx.payload, 'staff')
    editor = await signInAs(ctx.payload, 'editor')
    ;[speaker] = await publishSpeakers(ctx.payload, ['Calendar Speaker'])
    const draft = await ctx.payload.create({
      collection: 'speakers',
      data: { name: 'Calendar Draft' },
    })
    draftSpeaker = { id: draft.id, slug: String(draft.slug) }
    const summit = await makeBookingRequest(ctx.payload, { eventName: 'Secret Client Summit' })
    const other = await makeBookingRequest(ctx.payload, { eventName: 'Other Event' })
    const hold = (request: Id, startDate: string, endDate?: string) =>
      ctx.payload.create({
        collection: 'holds',
        data: {
          bookingRequest: request,
          endDate,
          expiresAt: inHours(48),
          speaker: speaker.id,
          startDate,
          timeZone: 'Europe/London',
        } as never,
      })
    const confirmed = await hold(summit.id, inDays(10), inDays(12))
    await ctx.payload.update({
      collection: 'holds',
      data: { status: 'confirmed' },
      id: confirmed.id,
    })
    await hold(other.id, inDays(20))
    const released = await hold(other.id, inDays(25))
    await ctx.payload.update({ collection: 'holds', data: { status: 'released' }, id: released.id })
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('answers busy days only: held and confirmed days, none released, no client or event', async () => {
    const response = await api.get(
      `/speakers/${speaker.slug}/availability?from=${inDays(0)}&to=${inDays(40)}`,
    )
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(Object.keys(body).sort()).toEqual(['busy', 'from', 'to'])
    expect(body.busy).toEqual([inDays(10), inDays(11), inDays(12), inDays(20)])
    expect(JSON.stringify(body)).not.toMatch(/Summit|Other Event|Mei/)
    // The range clips the days.
    const clipped = await (
      await api.get(`/speakers/${speaker.slug}/availability?from=${inDays(11)}&to=${inDays(15)}`)
    ).json()
    expect(clipped.busy).toEqual([inDays(11), inDays(12)])
    // By slug in any case, and with defaults (today and 90 days on).
    const upper = await api.get(`/speakers/${speaker.slug.toUpperCase()}/availability`)
    expect((await upper.json()).busy).toHaveLength(4)
  })

  it.each([
    ['a from that is not a day', 'from=2030-02-30', 'from'],
    ['a to before from', `from=${inDays(5)}&to=${inDays(1)}`, 'to'],
    ['more than 366 days', `from=${inDays(0)}&to=${inDays(400)}`, 'to'],
  ])('%s is a 400 naming the parameter', async (_name, query, path) => {
    const response = await api.get(`/speakers/${speaker.slug}/availability?${query}`)
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain(`"path":"${path}"`)
  })

  it('an unpublished or unknown speaker has no availability (404)', async () => {
    expect((await api.get(`/speakers/${draftSpeaker.slug}/availability`)).status).toBe(404)
    expect((await api.get(`/speakers/nobody-here/availability`)).status).toBe(404)
  })

  it('staff make a secret feed URL: valid iCalendar with the engagement CONFIRMED and the hold TENTATIVE; revoking it makes the old URL a 404', async () => {
    expect((await api.post(`/speakers/${speaker.id}/calendar-link`)).status).toBe(401)
    expect(
      (await api.post(`/speakers/${speaker.id}/calendar-link`, { token: editor.token })).status,
    ).toBe(403)
    expect(await ctx.payload.count({ collection: 'calendar-links' })).toMatchObject({
      totalDocs: 0,
    })
    const made = await api.post(`/speakers/${speaker.id}/calendar-link`, { token: staff.token })
    expect(made.status).toBe(200)
    const { url } = await made.json()
    expect(url).toMatch(/^http:\/\/localhost:3000\/api\/calendar-links\/feed\/[A-Za-z0-9_-]{43}$/)
    const path = new URL(url).pathname.replace(/^\/api/, '')
    const feed = await api.get(path)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toContain('text/calendar')
    expect(feed.headers.get('cache-control')).toContain('no-store')
    const text = await feed.text()
    // A maintained RFC 5545 parser reads it.
    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy()
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(events).toHaveLength(2)
    const [engagement, tentative] = events.sort((a, b) => a.startDate.compare(b.startDate))
    expect(engagement.component.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(engagement.startDate.isDate).toBe(true)
    expect(engagement.startDate.toString()).toBe(inDays(10))
    expect(engagement.endDate.toString()).toBe(inDays(13))
    expect(engagement.summary).toContain('Secret Client Summit')
    expect(tentative.component.getFirstPropertyValue('status')).toBe('TENTATIVE')
    expect(tentative.startDate.toString()).toBe(inDays(20))
    expect(new Set(events.map((e) => e.uid)).size).toBe(2)
    for (const event of events)
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy()
    // Only the hash is kept.
    const stored = await ctx.payload.find({ collection: 'calendar-links', overrideAccess: true })
    expect(JSON.stringify(stored.docs)).not.toContain(url.split('/').at(-1))

    // A new link replaces the old one; a revoke ends it.
    const again = await (
      await api.post(`/speakers/${speaker.id}/calendar-link`, { token: staff.token })
    ).json()
    expect((await api.get(path)).status).toBe(404)
    const againPath = new URL(again.url).pathname.replace(/^\/api/, '')
    expect((await api.get(againPath)).status).toBe(200)
    expect(
      (await api.delete(`/speakers/${speaker.id}/calendar-link`, { token: editor.token })).status,
    ).toBe(403)
    expect((await api.get(againPath)).status).toBe(200)
    const revoked = await api.delete(`/speakers/${speaker.id}/calendar-link`, {
      token: staff.token,
    })
    expect(revoked.status).toBe(200)
    expect((await api.get(againPath)).status).toBe(404)
    expect((await api.get('/calendar-links/feed/not-a-token')).status).toBe(404)
  })

  it('calendar links are never readable or writable by others', async () => {
    await api.post(`/speakers/${speaker.id}/calendar-link`, { token: staff.token })
    expect((await api.get('/calendar-links')).status).toBe(403)
    expect((await api.get('/calendar-links', { token: editor.token })).status).toBe(403)
    const listed = await (await api.get('/calendar-links', { token: staff.token })).json()
    expect(listed.docs).toHaveLength(1)
    expect(listed.docs[0]).not.toHaveProperty('tokenHash')
    expect(
      (
        await api.post('/calendar-links', {
          body: { speaker: speaker.id, tokenHash: 'x' },
          token: staff.token,
        })
      ).status,
    ).toBe(403)
  })
})
