import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ValidationError } from 'payload'

import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { signInAs } from '../helpers/users'

/** The field a REST or GraphQL 400 names, and its message. */
const restRefusal = async (response: Response) => {
  const body = await response.json()
  const [error] = body.errors?.[0]?.data?.errors ?? []
  return { message: error?.message as string, path: error?.path as string, status: response.status }
}

/** The field a Local API ValidationError names (anything else is rethrown). */
const localRefusal = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return { path: undefined, status: 200 }
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return { path: error.data.errors[0]?.path, status: error.status }
  }
}

const BLANK_NAMES = [undefined, '', '   ', '\t\n', 'M']

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

  it('should refuse a first registration without a name (the create-first-user form asks for it)', async () => {
    for (const name of [undefined, ' ']) {
      const response = await api.post('/users/first-register', {
        body: { email: 'founder@bureau.test', name, password: 'founder-pass-123' },
      })
      expect(await restRefusal(response)).toMatchObject({ path: 'name', status: 400 })
    }
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(0)
  })

  it('should make the first registered user an admin, whatever roles were asked for', async () => {
    const response = await api.post('/users/first-register', {
      body: {
        email: 'founder@bureau.test',
        name: 'Fay Founder',
        password: 'founder-pass-123',
        roles: ['staff'],
      },
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
      body: { email: 'intruder@bureau.test', name: 'Ivy Intruder', password: 'intruder-pass-123' },
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

  it("should refuse roles or an e-mail of the wrong type, keeping the user's roles", async () => {
    const admin = await signInAs(ctx.payload, 'admin')
    const editor = await signInAs(ctx.payload, 'editor')
    // A string for the list of roles used to be stored as no roles at all; an object for the e-mail
    // answered 500.
    for (const [body, path] of [
      [{ roles: 'admin' }, 'roles'],
      [{ email: { $ne: '' } }, 'email'],
    ] as const) {
      const response = await api.patch(`/users/${editor.user.id}`, { body, token: admin.token })
      expect(response.status).toBe(400)
      const { errors } = (await response.json()).errors[0].data
      expect(errors.map((error: { path: string }) => error.path)).toEqual([path])
    }
    const stored = await ctx.payload.findByID({ collection: 'users', id: editor.user.id })
    expect(stored.roles).toEqual(['editor'])
    expect(stored.email).toBe(editor.user.email)
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

  describe('names', () => {
    const countByEmail = (email: string) =>
      ctx.payload.count({ collection: 'users', where: { email: { equals: email } } })

    it('should refuse creating a user without a real name over REST, GraphQL and the Local API, storing nothing', async () => {
      const admin = await signInAs(ctx.payload, 'admin')
      const email = 'nameless@bureau.test'
      const password = 'nameless-pass-123'
      for (const name of BLANK_NAMES) {
        const rest = await api.post('/users', {
          body: { email, name, password, roles: ['staff'] },
          token: admin.token,
        })
        expect({ name, ...(await restRefusal(rest)) }).toMatchObject({
          name,
          path: 'name',
          status: 400,
        })
        const graphql = await api.graphql(
          'mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }',
          { token: admin.token, variables: { data: { email, name, password } } },
        )
        // A missing name never reaches Payload: the schema's `name: String!` refuses it.
        const [error] = graphql.errors ?? []
        expect(graphql.data?.createUser ?? null).toBeNull()
        if (name === undefined) expect(error?.message).toMatch(/"name" of required type "String!"/)
        else
          expect(error?.extensions).toMatchObject({
            data: { errors: [{ path: 'name' }] },
            statusCode: 400,
          })
        const local = await localRefusal(() =>
          ctx.payload.create({
            collection: 'users',
            // As a client would send it: the types say a name is required, the server checks.
            data: { email, name: name as string, password, roles: ['staff'] },
            overrideAccess: false,
            user: admin.user,
          }),
        )
        expect({ name, ...local }).toEqual({ name, path: 'name', status: 400 })
      }
      expect((await countByEmail(email)).totalDocs).toBe(0)
    })

    it('should refuse blanking a name on update over REST, GraphQL and the Local API, keeping the old one', async () => {
      const me = await signInAs(ctx.payload, 'editor')
      const before = me.user.name
      for (const name of ['', '   ', 'M', null]) {
        const rest = await api.patch(`/users/${me.user.id}`, { body: { name }, token: me.token })
        expect(await restRefusal(rest)).toMatchObject({ path: 'name', status: 400 })
        const graphql = await api.graphql(
          `mutation ($id: ${typeof me.user.id === 'number' ? 'Int' : 'String'}!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }`,
          { token: me.token, variables: { data: { name }, id: me.user.id } },
        )
        expect(graphql.errors?.[0]?.extensions?.statusCode).toBe(400)
        const local = await localRefusal(() =>
          ctx.payload.update({
            collection: 'users',
            data: { name: name as string },
            id: me.user.id,
            overrideAccess: false,
            user: me.user,
          }),
        )
        expect(local).toEqual({ path: 'name', status: 400 })
      }
      const stored = await ctx.payload.findByID({ collection: 'users', id: me.user.id })
      expect(stored.name).toBe(before)
    })

    it('should say why in Chinese to a Chinese admin', async () => {
      const me = await signInAs(ctx.payload, 'editor')
      const response = await api.patch(`/users/${me.user.id}`, {
        body: { name: ' ' },
        headers: { 'accept-language': 'zh' },
        token: me.token,
      })
      expect(await restRefusal(response)).toMatchObject({
        message: '姓名为必填项：同事会在分配、备注和历史记录中看到它。',
        path: 'name',
      })
    })

    it('should store a name trimmed', async () => {
      const me = await signInAs(ctx.payload, 'staff')
      const response = await api.patch(`/users/${me.user.id}`, {
        body: { name: '  Mei Lin  ' },
        token: me.token,
      })
      expect(response.status).toBe(200)
      const stored = await ctx.payload.findByID({ collection: 'users', id: me.user.id })
      expect(stored.name).toBe('Mei Lin')
    })

    it('should show people by name in relationship pickers and cells, with the e-mail in the users list', async () => {
      const { config } = ctx.payload.collections.users
      expect(config.admin.useAsTitle).toBe('name')
      expect(config.admin.defaultColumns).toEqual(['name', 'email', 'roles', 'isDeactivated'])
      // What the assignee picker asks for as a staff member: the title field of people matching
      // what was typed (Payload's Relationship input selects and searches `useAsTitle`).
      const staff = await signInAs(ctx.payload, 'staff')
      await ctx.payload.update({
        collection: 'users',
        data: { name: 'Quentin Picker' },
        id: staff.user.id,
      })
      const response = await api.get(
        `/users?select[${config.admin.useAsTitle}]=true&where[${config.admin.useAsTitle}][like]=quentin&depth=0`,
        { token: staff.token },
      )
      const body = await response.json()
      expect(body.docs).toEqual([
        expect.objectContaining({ id: staff.user.id, name: 'Quentin Picker' }),
      ])
    })
  })
})
