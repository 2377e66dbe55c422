import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import { APIError, ValidationError } from 'payload'

import { isCommonPassword } from '../../src/auth/commonPasswords'
import { findPasswordProblem } from '../../src/auth/findPasswordProblem'
import { hashPassword, isPasswordCorrect } from '../../src/auth/passwordHash'
import type { User } from '../../src/payload-types'
import { CLIENT_IP_HEADER } from '../../src/vocabulary/clientIpHeader'
import { type ApiClient, createApiClient } from '../helpers/apiClient'
import { bootPayload, type TestContext } from '../helpers/bootPayload'
import { signInAs, type SignedInUser } from '../helpers/users'

const PASSWORD = 'test-password-1234'
const STRONG = 'a-new-strong-passphrase-7'

/** Too short, common (any case), or the account's own address. */
const weakPasswords = (email: string) => [
  'abcdefghijk',
  'password1234',
  'PASSWORD1234',
  'qwerty123456',
  '1q2w3e4r5t6y',
  email,
]

let ctx: TestContext
let api: ApiClient

beforeAll(async () => {
  ctx = await bootPayload({
    pluginOptions: { auth: { loginRateLimit: 1_000, signInDelayBaseMs: 5 } },
  })
  api = createApiClient(ctx.config)
})

afterAll(async () => {
  await ctx.close()
})

const uniqueEmail = (role: string) =>
  `${role}-${crypto.randomBytes(4).toString('hex')}@passwords.test`

/** The field a REST 400 names, and its message. */
const restRefusal = async (response: Response) => {
  const body = await response.json()
  const [error] = body.errors?.[0]?.data?.errors ?? []
  return { message: error?.message, path: error?.path, status: response.status }
}

/** The field a Local API ValidationError names. */
const localRefusal = async (run: () => Promise<unknown>) => {
  try {
    await run()
    return { path: undefined, status: 200 }
  } catch (error) {
    if (error instanceof ValidationError)
      return { path: error.data.errors[0]?.path, status: error.status }
    return { path: undefined, status: error instanceof APIError ? error.status : 500 }
  }
}

const signsInWith = async (email: string, password: string) => {
  try {
    await ctx.payload.login({ collection: 'users', data: { email, password } })
    return true
  } catch {
    return false
  }
}

const storedUser = (id: number | string) =>
  ctx.payload.findByID({ collection: 'users', id }) as Promise<User>

describe('first-user registration', () => {
  it('should refuse a weak first password, then accept a strong one', async () => {
    const weak = await api.post('/users/first-register', {
      body: { email: 'founder@passwords.test', name: 'Fay Founder', password: 'founder-123' },
    })
    expect(await restRefusal(weak)).toMatchObject({ path: 'password', status: 400 })
    expect((await ctx.payload.count({ collection: 'users' })).totalDocs).toBe(0)
    const strong = await api.post('/users/first-register', {
      body: { email: 'founder@passwords.test', name: 'Fay Founder', password: STRONG },
    })
    expect(strong.status).toBe(200)
  })
})

describe('password rules', () => {
  it('should refuse short and common passwords and the own address, and accept a long uncommon one', () => {
    const email = 'mei.lin@bureau.test'
    const problems = [...weakPasswords(email), 'mei.lin', 'Mei Lin Chen'].map((password) =>
      Boolean(findPasswordProblem({ email, minLength: 12, name: 'Mei Lin Chen', password })),
    )
    expect(problems.every(Boolean)).toBe(true)
    expect(findPasswordProblem({ email, minLength: 12, password: STRONG })).toBeUndefined()
    // Counted as characters, not bytes: twelve Chinese characters are enough.
    expect(
      findPasswordProblem({ minLength: 12, password: '春眠不觉晓处处闻啼鸟夜来' }),
    ).toBeUndefined()
    expect(isCommonPassword('Iloveyou')).toBe(true)
  })

  it("should check passwords exactly as Payload's own hashes do", async () => {
    const { user } = await signInAs(ctx.payload, 'editor')
    const stored = await ctx.payload.db.findOne<{ hash: string; id: number; salt: string }>({
      collection: 'users',
      where: { id: { equals: user.id } },
    })
    expect(await isPasswordCorrect(PASSWORD, stored!)).toBe(true)
    expect(await isPasswordCorrect(`${PASSWORD}x`, stored!)).toBe(false)
    expect(await isPasswordCorrect(STRONG, await hashPassword(STRONG))).toBe(true)
  })
})

describe('weak passwords on every path', () => {
  let admin: SignedInUser

  beforeAll(async () => {
    admin = await signInAs(ctx.payload, 'admin')
  })

  it('should refuse them when an admin creates a user, over REST, GraphQL and the Local API', async () => {
    for (const password of weakPasswords('new@passwords.test')) {
      const email = 'new@passwords.test'
      const response = await api.post('/users', {
        body: { email, name: 'Nia New', password, roles: ['staff'] },
        token: admin.token,
      })
      expect(await restRefusal(response)).toMatchObject({ path: 'password', status: 400 })
      const overGraphQL = await api.graphql(
        `mutation ($data: mutationUserInput!) { createUser(data: $data) { id } }`,
        { token: admin.token, variables: { data: { email, name: 'Nia New', password } } },
      )
      expect(overGraphQL.errors?.[0]?.extensions?.statusCode).toBe(400)
      expect(overGraphQL.errors?.[0]?.message).toMatch(/password/)
      const asAdmin = await localRefusal(() =>
        ctx.payload.create({
          collection: 'users',
          data: { email, name: 'Nia New', password },
          overrideAccess: false,
          user: admin.user,
        }),
      )
      expect(asAdmin).toEqual({ path: 'password', status: 400 })
      const asSystem = await localRefusal(() =>
        ctx.payload.create({ collection: 'users', data: { email, name: 'Nia New', password } }),
      )
      expect(asSystem).toEqual({ path: 'password', status: 400 })
    }
    const { totalDocs } = await ctx.payload.count({
      collection: 'users',
      where: { email: { equals: 'new@passwords.test' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('should refuse them when a user changes their own password, and keep the old one', async () => {
    const me = await signInAs(ctx.payload, 'editor')
    for (const password of weakPasswords(me.user.email)) {
      const response = await api.patch(`/users/${me.user.id}`, {
        body: { currentPassword: PASSWORD, password },
        token: me.token,
      })
      expect(await restRefusal(response)).toMatchObject({ path: 'password', status: 400 })
      const overGraphQL = await api.graphql(
        `mutation ($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { id } }`,
        {
          token: me.token,
          variables: { data: { currentPassword: PASSWORD, password }, id: me.user.id },
        },
      )
      expect(overGraphQL.errors?.[0]?.extensions?.statusCode).toBe(400)
      const local = await localRefusal(() =>
        ctx.payload.update({
          collection: 'users',
          data: { currentPassword: PASSWORD, password },
          id: me.user.id,
          overrideAccess: false,
          user: me.user,
        }),
      )
      expect(local).toEqual({ path: 'password', status: 400 })
    }
    expect(await signsInWith(me.user.email, PASSWORD)).toBe(true)
  })

  it('should give the reason in Chinese to a Chinese admin', async () => {
    const me = await signInAs(ctx.payload, 'editor')
    const response = await api.patch(`/users/${me.user.id}`, {
      body: { currentPassword: PASSWORD, password: 'short-one' },
      headers: { 'accept-language': 'zh' },
      token: me.token,
    })
    expect(await restRefusal(response)).toEqual({
      message: '请至少使用 12 个字符。',
      path: 'password',
      status: 400,
    })
  })

  it('should refuse them in the forgot-password flow (REST and GraphQL), keeping the old password', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    const token = await ctx.payload.forgotPassword({
      collection: 'users',
      data: { email: user.email },
      disableEmail: true,
    })
    for (const password of weakPasswords(user.email)) {
      const response = await api.post('/users/reset-password', { body: { password, token } })
      expect(await restRefusal(response)).toMatchObject({ path: 'password', status: 400 })
      const overGraphQL = await api.graphql(
        `mutation ($token: String, $password: String) { resetPasswordUser(token: $token, password: $password) { token } }`,
        { variables: { password, token } },
      )
      expect(overGraphQL.errors?.[0]?.extensions?.statusCode).toBe(400)
    }
    expect(await signsInWith(user.email, PASSWORD)).toBe(true)
    const reset = await api.post('/users/reset-password', { body: { password: STRONG, token } })
    expect(reset.status).toBe(200)
    expect(await signsInWith(user.email, STRONG)).toBe(true)
  })
})

describe('changing an e-mail address or password needs the current password', () => {
  const graphqlUpdate = (token: string, id: number, data: Record<string, unknown>) =>
    api.graphql(
      `mutation ($id: Int!, $data: mutationUserUpdateInput!) { updateUser(id: $id, data: $data) { email } }`,
      { token, variables: { data, id } },
    )

  it('should refuse a new password without or with a wrong current password, on every API', async () => {
    const me = await signInAs(ctx.payload, 'reviewer')
    for (const extra of [{}, { currentPassword: 'not-my-password-1' }]) {
      const body = { password: STRONG, ...extra }
      const response = await api.patch(`/users/${me.user.id}`, { body, token: me.token })
      expect(await restRefusal(response)).toMatchObject({ path: 'currentPassword', status: 400 })
      const overGraphQL = await graphqlUpdate(me.token, me.user.id, body)
      expect(overGraphQL.errors?.[0]?.extensions?.statusCode).toBe(400)
      const local = await localRefusal(() =>
        ctx.payload.update({
          collection: 'users',
          data: body,
          id: me.user.id,
          overrideAccess: false,
          user: me.user,
        }),
      )
      expect(local).toEqual({ path: 'currentPassword', status: 400 })
    }
    expect(await signsInWith(me.user.email, PASSWORD)).toBe(true)
    expect(await signsInWith(me.user.email, STRONG)).toBe(false)
  })

  it('should refuse a new e-mail address without or with a wrong current password', async () => {
    const me = await signInAs(ctx.payload, 'staff')
    const email = uniqueEmail('moved')
    for (const extra of [{}, { currentPassword: 'not-my-password-1' }]) {
      const response = await api.patch(`/users/${me.user.id}`, {
        body: { email, ...extra },
        token: me.token,
      })
      expect(await restRefusal(response)).toMatchObject({ path: 'currentPassword', status: 400 })
      expect((await graphqlUpdate(me.token, me.user.id, { email, ...extra })).errors).toBeDefined()
    }
    expect((await storedUser(me.user.id)).email).toBe(me.user.email)
    expect(await signsInWith(me.user.email, PASSWORD)).toBe(true)
  })

  it('should change both with the right current password, which is never stored or answered', async () => {
    const me = await signInAs(ctx.payload, 'editor')
    const email = uniqueEmail('renamed')
    const response = await api.patch(`/users/${me.user.id}`, {
      body: { currentPassword: PASSWORD, email, password: STRONG },
      token: me.token,
    })
    expect(response.status).toBe(200)
    expect(JSON.stringify(await response.json())).not.toContain(PASSWORD)
    expect(await signsInWith(email, STRONG)).toBe(true)
    expect(await signsInWith(email, PASSWORD)).toBe(false)
    const stored = await ctx.payload.db.findOne<Record<string, unknown> & { id: number }>({
      collection: 'users',
      where: { id: { equals: me.user.id } },
    })
    expect(JSON.stringify(stored)).not.toContain(PASSWORD)
  })

  it('should let the same e-mail address through unchanged, and other fields without a password', async () => {
    const me = await signInAs(ctx.payload, 'editor')
    const response = await api.patch(`/users/${me.user.id}`, {
      body: { email: me.user.email.toUpperCase(), name: 'Same Address' },
      token: me.token,
    })
    expect(response.status).toBe(200)
    expect((await storedUser(me.user.id)).name).toBe('Same Address')
  })

  it("should ask an admin for the admin's own password to change someone else's, not theirs", async () => {
    const admin = await signInAs(ctx.payload, 'admin')
    const { user } = await signInAs(ctx.payload, 'staff')
    const without = await api.patch(`/users/${user.id}`, {
      body: { password: STRONG },
      token: admin.token,
    })
    expect(await restRefusal(without)).toMatchObject({ path: 'currentPassword', status: 400 })
    const withTheirs = await api.patch(`/users/${user.id}`, {
      body: { currentPassword: 'their-unknown-pass-1', password: STRONG },
      token: admin.token,
    })
    expect(withTheirs.status).toBe(400)
    expect(await signsInWith(user.email, PASSWORD)).toBe(true)
    const withOwn = await api.patch(`/users/${user.id}`, {
      body: { currentPassword: PASSWORD, password: STRONG },
      token: admin.token,
    })
    expect(withOwn.status).toBe(200)
    expect(await signsInWith(user.email, STRONG)).toBe(true)
  })

  it('should count wrong current passwords as failed sign-ins from that address', async () => {
    const me = await signInAs(ctx.payload, 'staff')
    const headers = { [CLIENT_IP_HEADER]: '198.51.100.77' }
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      const response = await api.patch(`/users/${me.user.id}`, {
        body: { currentPassword: `guess-number-${i}`, password: STRONG },
        headers,
        token: me.token,
      })
      statuses.push(response.status)
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429])
    expect(await signsInWith(me.user.email, PASSWORD)).toBe(true)
  })

  it('should not ask our own code (the Local API without a user)', async () => {
    const { user } = await signInAs(ctx.payload, 'staff')
    await ctx.payload.update({ collection: 'users', data: { password: STRONG }, id: user.id })
    expect(await signsInWith(user.email, STRONG)).toBe(true)
  })
})
