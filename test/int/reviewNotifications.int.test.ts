import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayloadWithMail, type TestContext } from '../helpers/bootPayload'
import { drainQueue as drain } from '../helpers/drainQueue'
import { recipientsOf, type SmtpSink, startSmtpSink } from '../helpers/smtpSink'
import { type SignedInUser, signInAs } from '../helpers/users'

type Id = number | string

describe('review notifications and scheduled publication', () => {
  let sink: SmtpSink
  let ctx: TestContext
  let api: ApiClient
  let editor: SignedInUser
  let reviewers: SignedInUser[]
  let speakerId: Id

  beforeAll(async () => {
    sink = await startSmtpSink()
    ctx = await bootPayloadWithMail(sink.port)
    api = createApiClient(ctx.config)
    editor = await signInAs(ctx.payload, 'editor')
    reviewers = [await signInAs(ctx.payload, 'reviewer'), await signInAs(ctx.payload, 'reviewer')]
    speakerId = (
      await ctx.payload.create({
        collection: 'speakers',
        data: { _status: 'published', name: 'Mail Speaker' },
      })
    ).id
  })

  afterAll(async () => {
    await ctx.close()
    await sink.close()
  })

  beforeEach(() => {
    sink.messages.length = 0
  })

  const draftInterview = async (title: string): Promise<Id> =>
    (
      await ctx.payload.create({
        collection: 'interviews',
        data: { speakers: [speakerId] as number[], title },
      })
    ).id

  const drainQueue = () => drain(ctx.payload)

  it('should mail every reviewer when a document is submitted, after the save, with a link to it', async () => {
    const id = await draftInterview('Submitted for review')
    const response = await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: editor.token,
    })
    expect(response.status).toBe(200)
    expect(sink.messages).toHaveLength(0)
    await drainQueue()
    expect(sink.messages.flatMap(recipientsOf).sort()).toEqual(
      reviewers.map(({ user }) => user.email).sort(),
    )
    const [mail] = sink.messages
    // Users have no language of their own: the team reads both, so the subject and body carry both.
    expect(mail.subject).toBe('“Submitted for review” is waiting for your review · 等待您审核')
    expect(mail.text).toContain('“Submitted for review”等待您审核')
    expect(mail.text).toContain(`/admin/collections/interviews/${id}`)
    expect(mail.from?.text).toContain('desk@bureau.test')
  })

  it('should mail the author the note when changes are requested, then the approval and the publication', async () => {
    const id = await draftInterview('Round trip')
    await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: editor.token,
    })
    await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewNote: 'Cut the second answer\nby half.', reviewState: 'changes_requested' },
      token: reviewers[0].token,
    })
    await drainQueue()
    const sentBack = sink.messages.find((mail) => mail.subject?.includes('needs changes'))
    expect(sentBack && recipientsOf(sentBack)).toEqual([editor.user.email])
    expect(sentBack?.text).toContain('Cut the second answer\nby half.')
    expect(sentBack?.subject).toBe('“Round trip” needs changes · 被退回修改')

    sink.messages.length = 0
    await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: editor.token,
    })
    await api.patch(`/interviews/${id}`, {
      body: { reviewState: 'approved' },
      token: reviewers[1].token,
    })
    await api.patch(`/interviews/${id}`, {
      body: { _status: 'published' },
      token: reviewers[1].token,
    })
    await drainQueue()
    const toAuthor = sink.messages
      .filter((mail) => recipientsOf(mail).includes(editor.user.email))
      .map((mail) => mail.subject)
    expect(toAuthor.sort()).toEqual([
      '“Round trip” was approved · 已获批准',
      '“Round trip” was published · 已发布',
    ])
  })

  it('should build every link in every mail from serverURL, never from Host or X-Forwarded-Host', async () => {
    const spoofed = { host: 'evil.example', 'x-forwarded-host': 'evil.example' }
    const id = await draftInterview('Links from the server URL')
    const submitted = await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewState: 'in_review' },
      headers: spoofed,
      token: editor.token,
    })
    expect(submitted.status).toBe(200)
    const forgot = await api.post('/users/forgot-password', {
      body: { email: editor.user.email },
      headers: spoofed,
    })
    expect(forgot.status).toBe(200)
    await drainQueue()
    const serverUrl = ctx.payload.config.serverURL
    expect(serverUrl).toMatch(/^http:\/\/localhost:3000$/)
    const reset = sink.messages.find((message) => recipientsOf(message).includes(editor.user.email))
    expect(reset?.html).toContain(`${serverUrl}/admin/reset/`)
    expect(sink.messages.length).toBeGreaterThan(1)
    for (const message of sink.messages) {
      const links =
        `${message.text ?? ''} ${message.html || ''}`.match(/(href="|https?:\/\/)[^\s"<>]*/g) ?? []
      expect(links.length).toBeGreaterThan(0)
      for (const link of links)
        expect(link.replace(/^href="/, '')).toMatch(new RegExp(`^${serverUrl}/admin/`))
      expect(JSON.stringify(message.html ?? '') + (message.text ?? '')).not.toContain(
        'evil.example',
      )
    }
  })

  it('should keep a title with line breaks out of the mail headers', async () => {
    const id = await draftInterview('Line\r\nBcc: victim@evil.test')
    await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: editor.token,
    })
    await drainQueue()
    expect(sink.messages.length).toBe(2)
    for (const mail of sink.messages) {
      expect(recipientsOf(mail)).not.toContain('victim@evil.test')
      expect(mail.bcc).toBeUndefined()
    }
  })

  it('should save while SMTP is down, and deliver each mail exactly once when it is back', async () => {
    await sink.close()
    const id = await draftInterview('During the outage')
    const started = Date.now()
    const response = await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: editor.token,
    })
    expect(response.status).toBe(200)
    expect(Date.now() - started).toBeLessThan(10_000) // not the SMTP timeouts (nodemailer waits 2 minutes)
    await ctx.payload.jobs.run({ limit: 100 })
    expect(sink.messages).toHaveLength(0)

    await sink.start()
    await drainQueue()
    await drainQueue()
    expect(sink.messages.flatMap(recipientsOf).sort()).toEqual(
      reviewers.map(({ user }) => user.email).sort(),
    )
    const events = await ctx.payload.find({
      collection: 'review-events',
      where: { 'document.value': { equals: id } },
    })
    // Each mail's delivery record (review-deliveries, listed on the event), one per recipient.
    const deliveries = await ctx.payload.find({
      collection: 'review-deliveries',
      where: { event: { equals: events.docs[0].id } },
    })
    expect(deliveries.docs.map(({ to }) => to).sort()).toEqual(
      reviewers.map(({ user }) => user.email).sort(),
    )
    for (const delivery of deliveries.docs)
      expect(delivery).toMatchObject({ deliveredAt: expect.any(String), lastError: null })

    // An admin may still delete the event: its delivery records go with it.
    const admin = await signInAs(ctx.payload, 'admin')
    const removed = await api.delete(`/review-events/${events.docs[0].id}`, { token: admin.token })
    expect(removed.status).toBe(200)
    expect(
      (
        await ctx.payload.count({
          collection: 'review-deliveries',
          where: { event: { equals: events.docs[0].id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  describe('scheduled publication (the jobs queue)', () => {
    const schedule = async (id: Id, by: SignedInUser) =>
      ctx.payload.jobs.queue({
        input: {
          doc: { relationTo: 'interviews' as const, value: id as number },
          type: 'publish',
          user: { relationTo: 'users', value: by.user.id },
        },
        task: 'schedulePublish',
        waitUntil: new Date(Date.now() - 1000),
      })

    it('should publish an approved document when its time comes', async () => {
      const id = await draftInterview('Scheduled and approved')
      await api.patch(`/interviews/${id}?draft=true`, {
        body: { reviewState: 'in_review' },
        token: editor.token,
      })
      await api.patch(`/interviews/${id}`, {
        body: { reviewState: 'approved' },
        token: reviewers[0].token,
      })
      await schedule(id, reviewers[0])
      await drainQueue()
      const doc = await ctx.payload.findByID({ collection: 'interviews', id })
      expect(doc._status).toBe('published')
      expect(doc.publishedAt).toEqual(expect.any(String))
    })

    it('should not publish a document that was not approved, whoever scheduled it', async () => {
      const id = await draftInterview('Scheduled but not approved')
      await api.patch(`/interviews/${id}?draft=true`, {
        body: { reviewState: 'in_review' },
        token: editor.token,
      })
      const admin = await signInAs(ctx.payload, 'admin')
      await schedule(id, admin)
      await drainQueue()
      const doc = await ctx.payload.findByID({ collection: 'interviews', draft: true, id })
      expect(doc).toMatchObject({ _status: 'draft', reviewState: 'in_review' })
      expect((await api.get(`/interviews/${id}`)).status).toBe(404)
    })
  })
})
