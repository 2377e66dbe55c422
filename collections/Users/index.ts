import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../../src/access/hasAnyRole'
import { isAdmin } from '../../src/access/isAdmin'
import { isAdminField } from '../../src/access/isAdminField'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf'
import { makeFirstUserAdmin } from '../../hooks/makeFirstUserAdmin'
import { refuseWeakPasswords } from '../../hooks/passwords/refuseWeakPasswords'
import { refuseWeakResetPassword } from '../../hooks/passwords/refuseWeakResetPassword'
import { requireCurrentPassword } from '../../hooks/passwords/requireCurrentPassword'
import { confirmSignIn } from '../../hooks/signIn/confirmSignIn'
import { guardPasswordSignIn } from '../../hooks/signIn/guardPasswordSignIn'
import { limitSignInAttemptsPerAddress } from '../../hooks/signIn/limitSignInAttemptsPerAddress'
import type { SignInPolicy } from '../../src/signIn/signInPolicy'
import { collectionSlugs, roles } from '../slugs'
import { currentPasswordField } from './currentPasswordField'

type Args = {
  minPasswordLength: number
  secureCookies: boolean
  signIn: SignInPolicy
  tokenExpirationSeconds: number
}

export const createUsersCollection = ({
  minPasswordLength,
  secureCookies,
  signIn,
  tokenExpirationSeconds,
}: Args): CollectionConfig => ({
  slug: collectionSlugs.users,
  access: {
    admin: hasAnyRole,
    create: isAdmin,
    delete: isAdmin,
    read: hasAnyRole,
    // Payload's lockout is off (maxLoginAttempts: 0), so there is nothing left to unlock.
    unlock: isAdmin,
    update: isAdminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    useAsTitle: 'email',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: secureCookies },
    // Off: anyone could lock a known account out, and only real accounts were "locked". Our
    // sign-in counters replace it (hooks/signIn: per address and pair, a delay per account).
    maxLoginAttempts: 0,
    tokenExpiration: tokenExpirationSeconds,
  },
  fields: [
    currentPasswordField,
    {
      name: 'name',
      type: 'text',
      maxLength: 120,
    },
    {
      name: 'roles',
      type: 'select',
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      admin: {
        description:
          'Only admins change roles. The first account of an installation is always an admin.',
      },
      defaultValue: ['editor'],
      hasMany: true,
      options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
      saveToJWT: true,
    },
  ],
  hooks: {
    beforeChange: [makeFirstUserAdmin],
    beforeLogin: [confirmSignIn],
    beforeOperation: [
      limitSignInAttemptsPerAddress(signIn),
      guardPasswordSignIn(signIn),
      refuseWeakResetPassword(minPasswordLength),
    ],
    beforeValidate: [refuseWeakPasswords(minPasswordLength), requireCurrentPassword(signIn)],
  },
  timestamps: true,
})
