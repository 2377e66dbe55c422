import type { Payload } from 'payload'

import crypto from 'node:crypto'

import type { User } from '../../src/payload-types'
import type { Role } from '../../src/vocabulary/roles'

export type SignedInUser = { token: string; user: User }

const PASSWORD = 'test-password-1234'

/**
 * Creates a user with the given roles (as the system) and signs in as them. The first account of an
 * installation always becomes an admin, so on an empty database a founder account is made first.
 */
export const signInAs = async (payload: Payload, ...roles: Role[]): Promise<SignedInUser> => {
  if ((await payload.count({ collection: 'users' })).totalDocs === 0) {
    await payload.create({
      collection: 'users',
      data: { email: 'founder@test.local', name: 'Fay Founder', password: PASSWORD },
    })
  }
  const tag = crypto.randomBytes(4).toString('hex')
  const email = `${roles.join('-') || 'nobody'}-${tag}@test.local`
  // Every account has a name (collections/Users/nameField.ts), e.g. "Test Staff 1a2b3c4d".
  const name = `Test ${roles.map((role) => role[0].toUpperCase() + role.slice(1)).join(' ') || 'Nobody'} ${tag}`
  await payload.create({ collection: 'users', data: { email, name, password: PASSWORD, roles } })
  const { token, user } = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  if (!token) throw new Error(`login as ${email} returned no token`)
  return { token, user: user as User }
}

/** One signed-in user for each role. */
export const signInAsEachRole = async (payload: Payload): Promise<Record<Role, SignedInUser>> => {
  const users = {} as Record<Role, SignedInUser>
  for (const role of ['admin', 'editor', 'reviewer', 'staff'] as Role[])
    users[role] = await signInAs(payload, role)
  return users
}
