import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayloadWithMail } from '../../helpers/bootPayload'
import { drainQueue } from '../../helpers/drainQueue'
import { type SmtpSink, startSmtpSink } from '../../helpers/smtpSink'
import { buildWorld, validBooking, type World } from './world'

const polluted = (): unknown => (Object.prototype as Record<string, unknown>).polluted

/**
 * Operator injection (`$ne`, `$gt`), prototype keys (`__proto__`, `constructor`) in bodies and
 * query strings, and CRLF in what ends up in mail headers: refused or made harmless, nothing stored,
 * never a 500.
 */
describe('security probes: injection', () => {
  let smtp: SmtpSink
  let world: World

  beforeAll(async () => {
    smtp = await startSmtpSink()
    world = await buildWorld(
      await bootPayloadWithMail(smtp.port, {
        notifications: { staffEmails: ['desk@bureau.test'] },
      }),
    )
  })

  afterAll(async () => {
    await world.ctx.close()
    await smtp.close()
  })

  const bookingCount = async () =>
    (await world.ctx.payload.count({ collection: 'booking-requests' })).totalDocs

  it.each([
    [{ email: { $ne: null }, password: { $ne: null } }],
    [{ email: { $gt: '' }, password: { $gt: '' } }],
    [{ email: { equals: 'founder@test.local' }, password: { exists: true } }],
    [{ email: 'x@test.local', password: { $ne: 'nothing' } }],
  ])('should not sign anyone in with operators in the body (%j)', async (body) => {
    const response = await world.api.post('/users/login', { body })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const json = await response.json()
    expect(json.token).toBeUndefined()
    expect(response.headers.get('set-cookie') ?? '').not.toMatch(/payload-token=[^;]+\./)
  })

  it.each([
    ['/speakers?where[__proto__][polluted]=yes'],
    ['/speakers?where[constructor][prototype][polluted]=yes'],
    ['/speakers?where[name][__proto__]=yes'],
    ['/speakers?sort[__proto__][polluted]=yes'],
    ['/speakers?depth[__proto__][polluted]=yes&limit[constructor]=1'],
    ['/speakers?where[name][$ne]=nobody'],
    ['/speakers?where[$where]=sleep(1000)'],
    ['/speakers?select[__proto__][polluted]=true'],
    ['/speakers?populate[constructor][prototype][polluted]=yes'],
  ])('should answer %s without a 500 and without polluting prototypes', async (path) => {
    const response = await world.api.get(path)
    expect(response.status).toBeLessThan(500)
    const text = await response.text()
    expect(text).not.toMatch(/\bat .+\.js:\d+/) // no stack trace
    expect(polluted()).toBeUndefined()
  })

  it.each([
    ['{"name":"Proto speaker","__proto__":{"polluted":"yes"}}'],
    ['{"name":"Ctor speaker","constructor":{"prototype":{"polluted":"yes"}}}'],
    ['{"name":{"$gt":""}}'],
  ])("should refuse or neutralise an editor's body %s", async (raw) => {
    const before = (await world.ctx.payload.count({ collection: 'speakers' })).totalDocs
    const response = await world.api.post('/speakers', {
      body: raw,
      token: world.users.editor.token,
    })
    expect(response.status).toBeLessThan(500)
    expect(polluted()).toBeUndefined()
    const after = (await world.ctx.payload.count({ collection: 'speakers' })).totalDocs
    if (response.status === 201) {
      const { doc } = await response.json()
      expect(typeof doc.name).toBe('string')
      expect(Object.keys(doc)).not.toContain('polluted')
      expect(after).toBe(before + 1)
    } else {
      expect(response.status).toBe(400)
      expect(after).toBe(before)
    }
  })

  it.each([
    [
      '{"consent":true,"contactName":"Eve","email":{"$gt":""},"eventDate":"2031-01-01","eventLocation":"X","eventName":"Op"}',
    ],
    [
      '{"consent":true,"contactName":"Eve","email":"e@x.test","eventDate":"2031-01-01","eventLocation":"X","eventName":"Proto","__proto__":{"status":"confirmed"}}',
    ],
    [
      '{"consent":true,"contactName":"Eve","email":"e@x.test","eventDate":"2031-01-01","eventLocation":"X","eventName":"Ctor","constructor":{"prototype":{"polluted":"yes"}}}',
    ],
    [
      '{"consent":true,"contactName":"Eve","email":"e@x.test","eventDate":"2031-01-01","eventLocation":"X","eventName":"Nested","speakers":[{"$ne":null}]}',
    ],
  ])(
    'should refuse a booking body with operator or prototype keys, storing nothing: %s',
    async (raw) => {
      const before = await bookingCount()
      const response = await world.api.post('/booking-requests', { body: raw })
      expect(response.status).toBe(400)
      expect(await bookingCount()).toBe(before)
      expect(polluted()).toBeUndefined()
    },
  )

  describe('CRLF in mail headers', () => {
    it('should refuse a CRLF in the e-mail address, storing nothing', async () => {
      const before = await bookingCount()
      const response = await world.api.post('/booking-requests', {
        body: validBooking({ email: 'eve@events.test\r\nBcc: victim@evil.example' }),
      })
      expect(response.status).toBe(400)
      expect(JSON.stringify(await response.json())).toMatch(/email/)
      expect(await bookingCount()).toBe(before)
    })

    it('should keep CRLF in names and titles out of every header of every mail', async () => {
      await drainQueue(world.ctx.payload)
      smtp.messages.length = 0
      smtp.envelopes.length = 0
      const injected = '\r\nBcc: victim@evil.example\r\nX-Injected: yes'
      const response = await world.api.post('/booking-requests', {
        body: validBooking({
          consent: true,
          contactName: `Eve${injected}`,
          eventName: `Summit${injected}`,
          organization: `Org${injected}`,
        }),
      })
      expect(response.status).toBe(201)
      await drainQueue(world.ctx.payload)
      expect(smtp.messages.length).toBeGreaterThanOrEqual(2) // staff, requester acknowledgement
      for (const [i, mail] of smtp.messages.entries()) {
        expect(smtp.envelopes[i]).not.toContain('victim@evil.example')
        expect(mail.headers.has('x-injected')).toBe(false)
        expect(mail.bcc).toBeUndefined()
        for (const { line } of mail.headerLines) expect(line).not.toMatch(/^(Bcc|X-Injected):/im)
      }
      const staffMail = smtp.messages.find((mail) => /New speaker request/.test(mail.subject ?? ''))
      expect(staffMail?.subject).toContain('Summit')
    })
  })
})
