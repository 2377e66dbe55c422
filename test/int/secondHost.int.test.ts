import type { CollectionConfig, Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, getPayload } from 'payload'

import { closeDatabase } from '../../src/db/closeDatabase'
import { pickEmailAdapter } from '../../src/email/pickEmailAdapter'
import { speakersBureauPlugin } from '../../src/index'
import { toSlug } from '../../src/slugs/toSlug'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bookingByReference } from '../helpers/bookings'
import { drainQueue } from '../helpers/drainQueue'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

type Id = number | string

const PASSWORD = 'second-host-password-1'

/** The host's own people: an auth collection with a field of its own, under a name of its own. */
const Team: CollectionConfig = {
  slug: 'team',
  auth: true,
  fields: [{ name: 'phone', type: 'text' }],
}

/** A collection of the host's with hooks of its own, which the plugin must leave alone. */
const Pages: CollectionConfig = {
  slug: 'pages',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'shout', type: 'text' },
  ],
  hooks: {
    beforeChange: [({ data }) => ({ ...data, shout: String(data.title ?? '').toUpperCase() })],
  },
}

const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/**
 * A second, minimal host: not our host app (src/buildAppConfig.ts) but a Payload config of someone
 * else's, with its own auth collection (`team`), its own `pages` with hooks, and the plugin with
 * non-default options. The core scenarios run here too: slugs, the review workflow, the booking mail.
 */
describe('the plugin in a second, minimal host config', () => {
  let database: TestDatabase
  let payload: Payload
  let api: ApiClient
  let smtp: SmtpSink
  let dataDir: string
  const tokens = {} as Record<'editor' | 'reviewer' | 'staff', string>
  const ids = {} as Record<'editor' | 'founder' | 'reviewer' | 'staff', Id>

  const member = async (email: string, roles?: string[]): Promise<Id> =>
    (
      await payload.create({
        collection: 'team' as 'users',
        data: {
          email,
          name: email.split('@')[0],
          password: PASSWORD,
          phone: '+86 10 5555',
          roles,
        } as never,
      })
    ).id

  const signIn = async (email: string): Promise<string> => {
    const { token } = await payload.login({
      collection: 'team' as 'users',
      data: { email, password: PASSWORD },
    })
    return token as string
  }

  beforeAll(async () => {
    smtp = await startSmtpSink()
    // Its schema is not the host app's: no template, the adapter pushes this config's own.
    database = await createTestDatabase({ fromTemplate: false })
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sb-second-host-'))
    const config = buildConfig({
      admin: { user: 'team' },
      collections: [Team, Pages],
      db: database.adapter,
      editor: lexicalEditor(),
      logger: { options: { level: 'silent' } },
      email: pickEmailAdapter({
        MAIL_FROM: 'desk@host.test',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
      }),
      plugins: [
        speakersBureauPlugin({
          api: { publicMaxLimit: 50 },
          auth: { collection: 'team', minPasswordLength: 14 },
          bookings: { slaHours: 48 },
          media: { dir: path.join(dataDir, 'media') },
          notifications: { retryDelayMs: 20, staffEmails: ['desk@host.test'] },
          reviews: { previewUrl: 'https://www.host.test' },
        }),
      ],
      secret: 'second-host-secret-not-for-production',
      serverURL: 'http://localhost:3000',
      typescript: { autoGenerate: false },
    })
    payload = await getPayload({ config })
    api = createApiClient(config)
    ids.founder = await member('founder@host.test')
    ids.editor = await member('editor@host.test', ['editor'])
    ids.reviewer = await member('reviewer@host.test', ['reviewer'])
    ids.staff = await member('staff@host.test', ['staff'])
    tokens.editor = await signIn('editor@host.test')
    tokens.reviewer = await signIn('reviewer@host.test')
    tokens.staff = await signIn('staff@host.test')
  })

  afterAll(async () => {
    await closeDatabase(payload).catch(() => undefined)
    await database.drop()
    await smtp.close()
    fs.rmSync(dataDir, { force: true, recursive: true })
  })

  it("should keep the host's collections, fields and hooks, and add the bureau's people fields to its auth collection", async () => {
    expect(payload.config.collections.find(({ slug }) => slug === 'users')).toBeUndefined()
    const founder = await payload.findByID({ collection: 'team' as 'users', id: ids.founder })
    expect(founder).toMatchObject({ name: 'founder', phone: '+86 10 5555', roles: ['admin'] })
    const page = await payload.create({
      collection: 'pages' as 'users',
      data: { title: 'About us' } as never,
    })
    expect(page).toMatchObject({ shout: 'ABOUT US' })
    // The dashboard counts overdue requests by the host's option, not the default 24 h.
    expect(payload.config.admin.components.beforeDashboard).toContainEqual(
      expect.objectContaining({ serverProps: { slaHours: 48 } }),
    )
  })

  it("should apply the plugin's options (a 14-character minimum password), not its defaults", async () => {
    await expect(
      payload.create({
        collection: 'team' as 'users',
        data: { email: 'short@host.test', name: 'Short Pass', password: 'thirteen-char' } as never,
      }),
    ).rejects.toThrow()
    expect(
      (
        await payload.count({
          collection: 'team' as 'users',
          where: { email: { equals: 'short@host.test' } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('should refuse a role change by a member who is not an admin (over REST, as that member)', async () => {
    const response = await api.patch(`/team/${ids.editor}`, {
      body: { roles: ['admin'] },
      token: tokens.editor,
    })
    const stored = await payload.findByID({ collection: 'team' as 'users', id: ids.editor })
    expect(stored.roles).toEqual(['editor'])
    expect([200, 403]).toContain(response.status)
  })

  it('should give a speaker a transliterated URL slug', async () => {
    const speaker = await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: '周杰伦' },
    })
    expect(speaker.slug).toBe(toSlug('周杰伦', { person: true }))
    expect(speaker.slug).toMatch(/^zhou/)
  })

  it("should hold the review gate, and record the host's people on the review history", async () => {
    const speaker = await payload.create({ collection: 'speakers', data: { name: 'Gate Speaker' } })
    const early = await api.patch(`/speakers/${speaker.id}`, {
      body: { _status: 'published' },
      token: tokens.editor,
    })
    expect(early.status).toBe(403)
    expect((await api.get(`/speakers/${speaker.id}`)).status).toBe(404)

    const submit = await api.patch(`/speakers/${speaker.id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: tokens.editor,
    })
    expect(submit.status).toBe(200)
    const approve = await api.patch(`/speakers/${speaker.id}`, {
      body: { reviewState: 'approved' },
      token: tokens.reviewer,
    })
    expect(approve.status).toBe(200)
    const publish = await api.patch(`/speakers/${speaker.id}`, {
      body: { _status: 'published' },
      token: tokens.reviewer,
    })
    expect(publish.status).toBe(200)
    expect((await api.get(`/speakers/${speaker.id}`)).status).toBe(200)

    const events = await payload.find({
      collection: 'review-events',
      depth: 1,
      sort: 'createdAt',
      where: { 'document.value': { equals: speaker.id } },
    })
    const by = events.docs.map((event) => (event.by as { email?: string } | null)?.email)
    expect(by).toEqual(expect.arrayContaining(['editor@host.test', 'reviewer@host.test']))
  })

  it("should mail the host's staff members and the staffEmails option of a new booking request", async () => {
    smtp.messages.length = 0
    const response = await api.post('/booking-requests', {
      body: {
        consent: true,
        contactName: 'Mei Organiser',
        email: 'mei@events.test',
        eventDate: inDays(30),
        eventLocation: 'Shanghai',
        eventName: 'Digital China Summit',
        format: 'in_person',
      },
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    const stored = await bookingByReference(payload, doc.reference)
    expect(stored?.status).toBe('new')
    await drainQueue(payload)
    const toStaff = smtp.messages.filter((mail) => recipientsOf(mail).includes('staff@host.test'))
    expect(toStaff).toHaveLength(1)
    expect(recipientsOf(toStaff[0])).toContain('desk@host.test')
    expect(toStaff[0].text).toContain('Digital China Summit')

    // Staff of the host's collection work the request through the bureau's own rules.
    const assign = await api.patch(`/booking-requests/${stored!.id}`, {
      body: { assignee: ids.staff, status: 'in_review' },
      token: tokens.staff,
    })
    expect(assign.status).toBe(200)
    const after = await payload.findByID({
      collection: 'booking-requests',
      depth: 1,
      id: stored!.id,
    })
    expect((after.assignee as { email?: string }).email).toBe('staff@host.test')
  })
})
