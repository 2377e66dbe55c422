import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { ValidationError } from 'payload'

import type { User } from '../../../src/payload-types'

import { staffAddresses, staffRecipients } from '../../../src/email/staffRecipients'
import { recipientsFor } from '../../../src/reviews/recipientsFor'
import { type ApiClient, createApiClient } from '../../helpers/apiClient'
import { bootPayload, type TestContext } from '../../helpers/bootPayload'
import { makeBookingRequest } from '../../helpers/proposals'
import { type SignedInUser, signInAs } from '../../helpers/users'

type Id = number | string

const PASSWORD = 'test-password-1234'
const DEACTIVATED_EN = 'This account has been deactivated. Ask an admin to reactivate it.'
const DEACTIVATED_ZH = '此账户已停用。请联系管理员重新启用。'

/** The first error's message and field of a REST answer. */
const refusalOf = async (response: Response) => {
  const body = await response.json()
  const error = body.errors?.[0]
  const field = error?.data?.errors?.[0]
  return {
    message: (field?.message ?? error?.message) as string | undefined,
    path: field?.path as string | undefined,
    status: response.status,
  }
}

describe('deactivating users', () => {
  let ctx: TestContext
  let api: ApiClient
  let admin: SignedInUser

  beforeAll(async () => {
    ctx = await bootPayload()
    api = createApiClient(ctx.config)
    admin = await signInAs(ctx.payload, 'admin')
  })

  afterAll(async () => {
    await ctx.close()
  })

  const stored = (id: Id) =>
    ctx.payload.findByID({ collection: 'users', depth: 0, id, showHiddenFields: true })

  const deactivate = async (id: Id, token = admin.token, isDeactivated = true) =>
    api.patch(`/users/${id}`, { body: { isDeactivated }, token })

  it('should not let a non-admin deactivate anyone, themselves included (REST, GraphQL, Local API)', async () => {
    const staff = await signInAs(ctx.payload, 'staff')
    const editor = await signInAs(ctx.payload, 'editor')
    await deactivate(editor.user.id, staff.token)
    await deactivate(staff.user.id, staff.token)
    await api.graphql(
      `mutation { updateUser(id: ${editor.user.id}, data: { isDeactivated: true }) { id } }`,
      {
        token: editor.token,
      },
    )
    await ctx.payload
      .update({
        collection: 'users',
        data: { isDeactivated: true },
        id: editor.user.id,
        overrideAccess: false,
        user: editor.user,
      })
      .catch(() => undefined)
    await ctx.payload
      .update({
        collection: 'users',
        data: { isDeactivated: true },
        id: admin.user.id,
        overrideAccess: false,
        user: staff.user,
      })
      .catch(() => undefined)
    for (const id of [editor.user.id, staff.user.id, admin.user.id])
      expect((await stored(id)).isDeactivated).toBeFalsy()
    // The same people can still sign in and work.
    expect((await api.get('/booking-requests', { token: staff.token })).status).toBe(200)
  })

  it('should let an admin deactivate a user, whose existing token then reads nothing staff-only at once', async () => {
    const staff = await signInAs(ctx.payload, 'staff')
    await makeBookingRequest(ctx.payload)
    const graphQuery = '{ BookingRequests { docs { id email } } }'
    // Before: the token works everywhere.
    expect((await api.get('/booking-requests', { token: staff.token })).status).toBe(200)
    expect(
      (await api.graphql(graphQuery, { token: staff.token })).data?.BookingRequests.docs,
    ).not.toHaveLength(0)
    expect((await (await api.get('/access', { token: staff.token })).json()).canAccessAdmin).toBe(
      true,
    )

    const response = await deactivate(staff.user.id)
    expect(response.status).toBe(200)
    const after = await stored(staff.user.id)
    expect(after.isDeactivated).toBe(true)
    expect(Date.parse(String(after.deactivatedAt))).toBeGreaterThan(Date.now() - 60_000)
    expect(after.sessions ?? []).toHaveLength(0)

    // After: the same token is nobody's, on REST, GraphQL and the admin.
    expect((await api.get('/booking-requests', { token: staff.token })).status).toBe(403)
    const graph = await api.graphql(graphQuery, { token: staff.token })
    expect(graph.data?.BookingRequests ?? null).toBeNull()
    expect(graph.errors?.[0]?.extensions?.statusCode).toBe(403)
    expect((await (await api.get('/users/me', { token: staff.token })).json()).user).toBeNull()
    expect(
      (await (await api.get('/access', { token: staff.token })).json()).canAccessAdmin,
    ).toBeFalsy()
    // Should a request still carry the account (Local API), its roles count for nothing.
    await expect(
      ctx.payload.find({ collection: 'booking-requests', overrideAccess: false, user: after }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('should refuse a deactivated account sign-in over REST, GraphQL and the Local API, in English and Chinese', async () => {
    const staff = await signInAs(ctx.payload, 'staff')
    expect((await deactivate(staff.user.id)).status).toBe(200)
    const data = { email: staff.user.email, password: PASSWORD }

    const rest = await api.post('/users/login', { body: data })
    expect(await refusalOf(rest)).toMatchObject({ message: DEACTIVATED_EN, status: 403 })
    expect(rest.headers.get('set-cookie') ?? '').not.toContain('payload-token=ey')
    const zh = await api.post('/users/login', { body: data, headers: { 'accept-language': 'zh' } })
    expect(await refusalOf(zh)).toMatchObject({ message: DEACTIVATED_ZH, status: 403 })

    const graph = await api.graphql(
      'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
      { variables: data },
    )
    expect(graph.data?.loginUser ?? null).toBeNull()
    expect(graph.errors?.[0]?.message).toBe(DEACTIVATED_EN)

    await expect(ctx.payload.login({ collection: 'users', data })).rejects.toMatchObject({
      message: DEACTIVATED_EN,
    })
    // No session was left behind by the refused sign-ins.
    expect((await stored(staff.user.id)).sessions ?? []).toHaveLength(0)
  })

  it('should not let forgot-password or a reset token bring a deactivated account back', async () => {
    const staff = await signInAs(ctx.payload, 'staff')
    const sendEmail = jest.spyOn(ctx.payload.email, 'sendEmail')
    try {
      // An active account's request is mailed (so the spy sees mail)...
      expect(
        (await api.post('/users/forgot-password', { body: { email: staff.user.email } })).status,
      ).toBe(200)
      expect(sendEmail).toHaveBeenCalledTimes(1)
      const token = (await stored(staff.user.id)).resetPasswordToken as string
      expect(token).toBeTruthy()
      expect((await deactivate(staff.user.id)).status).toBe(200)

      // ...a deactivated one's is answered the same, and mailed nothing.
      const forgot = await api.post('/users/forgot-password', { body: { email: staff.user.email } })
      expect(forgot.status).toBe(200)
      expect(sendEmail).toHaveBeenCalledTimes(1)
    } finally {
      sendEmail.mockRestore()
    }
    // A reset link from before the deactivation (or any later one) changes nothing.
    const before = await stored(staff.user.id)
    const token = before.resetPasswordToken as string
    const reset = await api.post('/users/reset-password', {
      body: { password: 'a-brand-new-passphrase-9', token },
    })
    expect(await refusalOf(reset)).toMatchObject({ message: DEACTIVATED_EN, status: 403 })
    const graph = await api.graphql(
      'mutation ($token: String, $password: String) { resetPasswordUser(token: $token, password: $password) { token } }',
      { variables: { password: 'a-brand-new-passphrase-9', token } },
    )
    expect(graph.errors?.[0]?.message).toBe(DEACTIVATED_EN)
    const after = await stored(staff.user.id)
    expect(after.isDeactivated).toBe(true)
    expect(after.hash).toBe(before.hash)
    expect(after.sessions ?? []).toHaveLength(0)
    const login = await api.post('/users/login', {
      body: { email: staff.user.email, password: 'a-brand-new-passphrase-9' },
    })
    expect(login.status).not.toBe(200)
  })

  it('should refuse an admin deactivating themselves, naming the field (REST, GraphQL, Local API)', async () => {
    const self = await signInAs(ctx.payload, 'admin')
    const rest = await deactivate(self.user.id, self.token)
    expect(await refusalOf(rest)).toMatchObject({ path: 'isDeactivated', status: 400 })
    const zh = await api.patch(`/users/${self.user.id}`, {
      body: { isDeactivated: true },
      headers: { 'accept-language': 'zh' },
      token: self.token,
    })
    expect((await refusalOf(zh)).message).toBe('您不能停用自己的账户：需由另一位管理员操作。')
    const graph = await api.graphql(
      `mutation { updateUser(id: ${self.user.id}, data: { isDeactivated: true }) { id } }`,
      { token: self.token },
    )
    expect(graph.errors?.[0]?.extensions?.statusCode).toBe(400)
    const local = await ctx.payload
      .update({
        collection: 'users',
        data: { isDeactivated: true },
        id: self.user.id,
        overrideAccess: false,
        user: self.user,
      })
      .then(() => undefined)
      .catch((error: unknown) => error)
    expect(local).toBeInstanceOf(ValidationError)
    expect((local as ValidationError).data.errors[0]?.path).toBe('isDeactivated')
    // A bulk update that includes their own account leaves it active too.
    await api.patch(`/users?where[id][equals]=${self.user.id}`, {
      body: { isDeactivated: true },
      token: self.token,
    })
    expect((await stored(self.user.id)).isDeactivated).toBeFalsy()
    expect((await api.get('/users/me', { token: self.token })).status).toBe(200)
  })

  it('should refuse deactivating the last active admin', async () => {
    const { docs: admins } = await ctx.payload.find({
      collection: 'users',
      limit: 0,
      where: { and: [{ roles: { contains: 'admin' } }, { isDeactivated: { not_equals: true } }] },
    })
    const [last, ...others] = admins
    // Our own code (no user) deactivates all but one...
    for (const other of others)
      await ctx.payload.update({ collection: 'users', data: { isDeactivated: true }, id: other.id })
    // ...and not the last one.
    const refused = await ctx.payload
      .update({ collection: 'users', data: { isDeactivated: true }, id: last.id })
      .then(() => undefined)
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(ValidationError)
    expect((refused as ValidationError).data.errors[0]).toMatchObject({
      message: 'This is the last active admin account: make another admin first.',
      path: 'isDeactivated',
    })
    expect((await stored(last.id)).isDeactivated).toBeFalsy()
    for (const other of others)
      await ctx.payload.update({
        collection: 'users',
        data: { isDeactivated: false },
        id: other.id,
      })
    // Deactivating ended the admin's own sessions: they sign in again.
    admin = {
      token: (
        await ctx.payload.login({
          collection: 'users',
          data: { email: admin.user.email, password: PASSWORD },
        })
      ).token!,
      user: admin.user,
    }
  })

  it('should let an admin reactivate an account, which then signs in again', async () => {
    const editor = await signInAs(ctx.payload, 'editor')
    expect((await deactivate(editor.user.id)).status).toBe(200)
    const data = { email: editor.user.email, password: PASSWORD }
    expect((await api.post('/users/login', { body: data })).status).toBe(403)
    const graph = await api.graphql(
      `mutation { updateUser(id: ${editor.user.id}, data: { isDeactivated: false }) { isDeactivated deactivatedAt } }`,
      { token: admin.token },
    )
    expect(graph.data?.updateUser).toEqual({ deactivatedAt: null, isDeactivated: false })
    const login = await api.post('/users/login', { body: data })
    expect(login.status).toBe(200)
    const { token } = await login.json()
    expect((await api.get('/users/me', { token })).status).toBe(200)
    expect((await (await api.get('/users/me', { token })).json()).user?.id).toBe(editor.user.id)
  })

  it('should mail no deactivated staff member or reviewer, and offer no deactivated assignee', async () => {
    const active = await signInAs(ctx.payload, 'staff')
    const leaving = await signInAs(ctx.payload, 'staff', 'reviewer')
    const editor = await signInAs(ctx.payload, 'editor')
    const request = await makeBookingRequest(ctx.payload)
    const assigned = await api.patch(`/booking-requests/${request.id}`, {
      body: { assignee: leaving.user.id },
      token: active.token,
    })
    expect(assigned.status).toBe(200)
    expect(await staffAddresses(ctx.payload, [])).toContain(leaving.user.email)

    expect((await deactivate(leaving.user.id)).status).toBe(200)
    const staff = await staffAddresses(ctx.payload, ['desk@bureau.test'])
    expect(staff).toContain(active.user.email)
    expect(staff).not.toContain(leaving.user.email)
    // Mail for the assignee goes to the other staff instead.
    const named = await staffRecipients(ctx.payload, [leaving.user.id], ['desk@bureau.test'])
    expect(named).not.toContain(leaving.user.email)
    expect(named).toContain('desk@bureau.test')
    const req = { payload: ctx.payload } as never
    const reviewers = await recipientsFor({
      actorId: editor.user.id,
      kind: 'submitted',
      payload: ctx.payload,
      req,
    })
    expect(reviewers).not.toContain(leaving.user.email)
    expect(
      await recipientsFor({
        actorId: editor.user.id,
        authorId: leaving.user.id,
        kind: 'approved',
        payload: ctx.payload,
        req,
      }),
    ).toEqual([])

    // The request they hold can still be worked on and handed on...
    const moved = await api.patch(`/booking-requests/${request.id}`, {
      body: { status: 'in_review' },
      token: active.token,
    })
    expect(moved.status).toBe(200)
    // ...but nobody can newly assign them a request (REST, GraphQL has no mutations, Local API as staff).
    const other = await makeBookingRequest(ctx.payload)
    const refused = await api.patch(`/booking-requests/${other.id}`, {
      body: { assignee: leaving.user.id },
      token: active.token,
    })
    expect(await refusalOf(refused)).toMatchObject({ path: 'assignee', status: 400 })
    await expect(
      ctx.payload.update({
        collection: 'booking-requests',
        data: { assignee: leaving.user.id },
        id: other.id,
        overrideAccess: false,
        user: active.user,
      }),
    ).rejects.toBeInstanceOf(ValidationError)
    const stillNobody = await ctx.payload.findByID({
      collection: 'booking-requests',
      depth: 0,
      id: other.id,
    })
    expect(stillNobody.assignee ?? null).toBeNull()
    const handedOn = await api.patch(`/booking-requests/${request.id}`, {
      body: { assignee: active.user.id },
      token: active.token,
    })
    expect(handedOn.status).toBe(200)
  })

  it('should keep a deactivated person’s name on what they did', async () => {
    const staff = await signInAs(ctx.payload, 'staff')
    const request = await makeBookingRequest(ctx.payload)
    await api.patch(`/booking-requests/${request.id}`, {
      body: { internalNotes: [{ note: 'Spoke to the client' }], status: 'in_review' },
      token: staff.token,
    })
    expect((await deactivate(staff.user.id)).status).toBe(200)
    const read = await api.get(`/booking-requests/${request.id}?depth=1`, { token: admin.token })
    const doc = await read.json()
    expect(doc.statusHistory[0].by.name).toBe(staff.user.name)
    expect(doc.internalNotes[0].author.name).toBe(staff.user.name)
    const person = await api.get(`/users/${staff.user.id}`, { token: admin.token })
    expect(((await person.json()) as User).name).toBe(staff.user.name)
  })
})
