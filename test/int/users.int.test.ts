import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { signInAs } from '../helpers/users'

describe('users', () => {
  let ctx: TestContext
  let api: ApiClient

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
  })

  afterAll(async () => {
    await ctx.close()
  })

  it('should make the first registered user an admin, whatever roles were asked for', async () => {
    const response = await api.post('/users/first-register', {
      body: { email: 'founder@bureau.test', password: 'founder-pass-123', roles: ['staff'] },
    })
    expect(response.status).toBe(200)
    const founder = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: 'founder@bureau.test' } },
    })
    expect(founder.docs[0]?.roles).toEqual(['admin'])
  })

  it('should refuse a second first-register', async () => {
    const response = await api.post('/users/first-register', {
      body: { email: 'intruder@bureau.test', password: 'intruder-pass-123' },
    })
    expect(response.status).toBe(403)
    const { totalDocs } = await ctx.payload.count({
      collection: 'users',
      where: { email: { equals: 'intruder@bureau.test' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should give later users only the roles they were given', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    expect(user.roles).toEqual(['staff'])
  })

  it('should not let an editor grant itself admin over REST', async () => {
    const editor = await signInAs(ctx.payload, 'editor')
    const response = await api.patch(`/users/${editor.user.id}`, {
      body: { name: 'Still an editor', roles: ['admin'] },
      token: editor.token,
    })
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.user.id })
    expect(stored.roles).toEqual(['editor'])
    expect(stored.name).toBe('Still an editor')
  })

  it('should not let a reviewer grant itself admin through the Local API as itself', async () => {
    const reviewer = await signInAs(ctx.payload, 'reviewer')
    await ctx.payload.update({
      collection: 'users',
      data: { roles: ['admin'] },
      id: reviewer.user.id,
      overrideAccess: false,
      user: reviewer.user,
    })
    const stored = await ctx.payload.findByID({ collection: 'users', id: reviewer.user.id })
    expect(stored.roles).toEqual(['reviewer'])
  })

  it('should not let a staff member edit another user', async () => {
    const staff = await signInAs(ctx.payload, 'staff')
    const editor = await signInAs(ctx.payload, 'editor')
    const response = await api.patch(`/users/${editor.user.id}`, {
      body: { name: 'Hijacked' },
      token: staff.token,
    })
    expect(response.status).toBe(403)
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.user.id })
    expect(stored.name).not.toBe('Hijacked')
  })

  it('should let an admin change roles', async () => {
    const admin = await signInAs(ctx.payload, 'admin')
    const editor = await signInAs(ctx.payload, 'editor')
    const response = await api.patch(`/users/${editor.user.id}`, {
      body: { roles: ['editor', 'reviewer'] },
      token: admin.token,
    })
    expect(response.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.user.id })
    expect(stored.roles).toEqual(['editor', 'reviewer'])
  })

  it('should not let anonymous visitors list users over REST or GraphQL', async () => {
    const rest = await api.get('/users')
    expect(rest.status).toBe(403)
    const graphql = await api.graphql('{ Users { docs { email roles } } }')
    expect(graphql.data?.Users ?? null).toBeNull()
    expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(403)
  })

  it('should show signed-in team members the team directory (names on review history, assignees)', async () => {
    const staff = await signInAs(ctx.payload, 'staff')
    const response = await api.get('/users?limit=100', { token: staff.token })
    expect(response.status).toBe(200)
    const body = await response.json()
    const { totalDocs } = await ctx.payload.count({ collection: 'users' })
    expect(body.docs).toHaveLength(totalDocs)
    expect(body.docs[0]).not.toHaveProperty('password')
    expect(body.docs[0]).not.toHaveProperty('hash')
  })

  it('should answer /api/users/me with no user for anonymous visitors', async () => {
    const response = await api.get('/users/me')
    expect(response.status).toBe(200)
    expect((await response.json()).user).toBeNull()
  })

  it('should let only admins run the jobs queue over HTTP', async () => {
    const editor = await signInAs(ctx.payload, 'editor')
    const staff = await signInAs(ctx.payload, 'staff')
    const admin = await signInAs(ctx.payload, 'admin')
    expect((await api.get('/payload-jobs/run')).status).toBe(401)
    expect((await api.get('/payload-jobs/run', { token: editor.token })).status).toBe(401)
    expect((await api.get('/payload-jobs/run', { token: staff.token })).status).toBe(401)
    expect((await api.get('/payload-jobs/run', { token: admin.token })).status).toBe(200)
    expect((await api.get('/payload-jobs', { token: editor.token })).status).toBe(403)
  })
})
