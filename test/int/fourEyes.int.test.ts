import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { type SignedInUser, signInAs } from '../helpers/users'

type Id = number | string

/**
 * Four eyes: nobody publishes words they wrote without a second person's approval. Checked by what
 * is stored and what an anonymous reader sees afterwards.
 */
describe('four eyes on every approval', () => {
  let ctx: TestContext
  let api: ApiClient
  let editor: SignedInUser
  let reviewer: SignedInUser
  let otherReviewer: SignedInUser
  let admin: SignedInUser
  let speakerId: Id

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
    editor = await signInAs(ctx.payload, 'editor')
    reviewer = await signInAs(ctx.payload, 'reviewer')
    otherReviewer = await signInAs(ctx.payload, 'reviewer')
    const speaker = await ctx.payload.create({
      collection: 'speakers',
      data: { _status: 'published', name: 'Four Eyes Speaker' },
    })
    speakerId = speaker.id
  })

  afterAll(async () => {
    await ctx.close()
  })

  /** An interview the editor wrote and submitted for review, through the API. */
  const submittedByEditor = async (): Promise<Id> => {
    const created = await api.post('/interviews?draft=true', {
      body: { excerpt: 'The editor’s words.', speakers: [speakerId], title: `Q&A ${Date.now()}` },
      token: editor.token,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: Id } }
    const submit = await api.patch(`/interviews/${doc.id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: editor.token,
    })
    expect(submit.status).toBe(200)
    return doc.id
  }

  const stored = (id: Id) =>
    ctx.payload.findByID({ collection: 'interviews', depth: 0, draft: true, id })
  const publicStatus = async (id: Id) => (await api.get(`/interviews/${id}`)).status
  const kindsOf = async (id: Id) =>
    (
      await ctx.payload.find({
        collection: 'review-events',
        depth: 0,
        sort: 'createdAt',
        where: { 'document.value': { equals: id } },
      })
    ).docs.map(({ kind }) => kind)

  it('should refuse a reviewer who changes the words and approves and publishes in one save, on REST, GraphQL and the Local API', async () => {
    const id = await submittedByEditor()
    const words = { excerpt: 'The reviewer’s own words.', reviewState: 'approved' as const }
    const rest = await api.patch(`/interviews/${id}`, {
      body: { ...words, _status: 'published' },
      token: reviewer.token,
    })
    expect(rest.status).toBe(403)
    expect((await rest.json()).errors[0].message).toMatch(
      /Approval is for the version under review/,
    )
    const graphql = await api.graphql(
      `mutation { updateInterview(id: ${JSON.stringify(id)}, draft: true, data: { excerpt: "Mine", reviewState: approved, _status: published }) { id } }`,
      { token: reviewer.token },
    )
    expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(403)
    await expect(
      ctx.payload.update({
        collection: 'interviews',
        data: { ...words, _status: 'published' },
        draft: true,
        id,
        overrideAccess: false,
        user: reviewer.user,
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect(await stored(id)).toMatchObject({
      _status: 'draft',
      excerpt: 'The editor’s words.',
      reviewState: 'in_review',
    })
    expect(await publicStatus(id)).toBe(404)
    expect(await kindsOf(id)).toEqual(['submitted'])
  })

  it('should make a reviewer who edits a version in review its submitter, so another reviewer approves it', async () => {
    const id = await submittedByEditor()
    const edit = await api.patch(`/interviews/${id}?draft=true`, {
      body: { excerpt: 'Tightened by the reviewer.' },
      token: reviewer.token,
    })
    expect(edit.status).toBe(200)
    expect(await stored(id)).toMatchObject({
      contentEditedBy: reviewer.user.id,
      reviewState: 'in_review',
      reviewSubmittedBy: reviewer.user.id,
    })
    const own = await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewState: 'approved' },
      token: reviewer.token,
    })
    expect(own.status).toBe(403)
    expect((await stored(id)).reviewState).toBe('in_review')
    const other = await api.patch(`/interviews/${id}?draft=true`, {
      body: { reviewState: 'approved' },
      token: otherReviewer.token,
    })
    expect(other.status).toBe(200)
    const publish = await api.patch(`/interviews/${id}`, {
      body: { _status: 'published' },
      token: reviewer.token,
    })
    expect(publish.status).toBe(200)
    expect(await publicStatus(id)).toBe(200)
    expect(await kindsOf(id)).toEqual(['submitted', 'submitted', 'approved', 'published'])
  })

  it('should not let the person who last changed the words approve them, though someone else submitted', async () => {
    const created = await ctx.payload.create({
      collection: 'interviews',
      data: { speakers: [speakerId as number], title: 'Written by a reviewer' },
      draft: true,
      overrideAccess: false,
      user: reviewer.user,
    })
    const submit = await api.patch(`/interviews/${created.id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: editor.token,
    })
    expect(submit.status).toBe(200)
    const approve = await api.patch(`/interviews/${created.id}?draft=true`, {
      body: { reviewState: 'approved' },
      token: reviewer.token,
    })
    expect(approve.status).toBe(403)
    expect((await approve.json()).errors[0].message).toMatch(/submitted or last edited yourself/)
    expect((await stored(created.id)).reviewState).toBe('in_review')
  })

  it('should let an admin approve their own words, recorded as self-approval', async () => {
    const created = await ctx.payload.create({
      collection: 'interviews',
      data: { speakers: [speakerId as number], title: 'Written by the admin' },
      draft: true,
      overrideAccess: false,
      user: admin.user,
    })
    await api.patch(`/interviews/${created.id}?draft=true`, {
      body: { reviewState: 'in_review' },
      token: editor.token,
    })
    const approve = await api.patch(`/interviews/${created.id}?draft=true`, {
      body: { reviewState: 'approved' },
      token: admin.token,
    })
    expect(approve.status).toBe(200)
    const { docs } = await ctx.payload.find({
      collection: 'review-events',
      where: { 'document.value': { equals: created.id }, kind: { equals: 'approved' } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].isSelfApproval).toBe(true)
  })

  it('should answer a refusal in Simplified Chinese to a Chinese admin session', async () => {
    const id = await submittedByEditor()
    const response = await api.patch(`/interviews/${id}?draft=true`, {
      body: { _status: 'published' },
      headers: { 'accept-language': 'zh' },
      token: editor.token,
    })
    expect(response.status).toBe(403)
    expect((await response.json()).errors[0].message).toBe(
      '只有审核人和管理员可以发布：请提交文档以供审核。',
    )
    expect(await publicStatus(id)).toBe(404)
  })
})
