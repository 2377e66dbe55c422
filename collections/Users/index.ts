import type { CollectionConfig } from 'payload'

import { confirmSignIn } from '../../hooks/auth/confirmSignIn'
import { guardPasswordSignIn } from '../../hooks/auth/guardPasswordSignIn'
import { limitSignInAttemptsPerAddress } from '../../hooks/auth/limitSignInAttemptsPerAddress'
import { makeFirstUserAdmin } from '../../hooks/auth/makeFirstUserAdmin'
import { refuseDeactivatedReset } from '../../hooks/auth/refuseDeactivatedReset'
import { refuseDeactivatedSignIn } from '../../hooks/auth/refuseDeactivatedSignIn'
import { refuseWeakPasswords } from '../../hooks/auth/refuseWeakPasswords'
import { refuseWeakResetPassword } from '../../hooks/auth/refuseWeakResetPassword'
import { refuseMistypedValues } from '../../hooks/refuseMistypedValues'
import { requireCurrentPassword } from '../../hooks/auth/requireCurrentPassword'
import { skipResetMailWhenDeactivated } from '../../hooks/auth/skipResetMailWhenDeactivated'
import { endSessionsOnDeactivation } from '../../hooks/users/endSessionsOnDeactivation'
import { protectActiveAdmins } from '../../hooks/users/protectActiveAdmins'
import { stampDeactivation } from '../../hooks/users/stampDeactivation'
import { hasAnyRole } from '../../src/access/hasAnyRole'
import { isAdmin } from '../../src/access/isAdmin'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf'
import type { SignInPolicy } from '../../src/auth/signInPolicy'
import { collectionNames } from '../../src/vocabulary/collectionNames'
import { currentPasswordField } from './currentPasswordField'
import { deactivationFields } from './deactivationFields'
import { nameField } from './nameField'
import { roleOptions } from './roleOptions'

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
  slug: collectionNames.users,
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
    // Names and e-mails side by side: two people may share a name, never an address.
    defaultColumns: ['name', 'email', 'roles', 'isDeactivated'],
    // Relationship pickers and cells, join tables and document titles show people by name.
    useAsTitle: 'name',
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
    nameField,
    {
      name: 'roles',
      type: 'select',
      access: {
        create: isAdmin,
        update: isAdmin,
      },
      admin: {
        description: {
          en: 'Only admins change roles. The first account of an installation is always an admin.',
          zh: '只有管理员可以更改角色。系统的第一个账户始终是管理员。',
        },
      },
      defaultValue: ['editor'],
      hasMany: true,
      label: { en: 'Roles', zh: '角色' },
      options: roleOptions,
      saveToJWT: true,
    },
    ...deactivationFields,
  ],
  hooks: {
    beforeChange: [
      makeFirstUserAdmin,
      protectActiveAdmins,
      stampDeactivation,
      endSessionsOnDeactivation,
    ],
    beforeLogin: [confirmSignIn(signIn), refuseDeactivatedSignIn],
    beforeOperation: [
      limitSignInAttemptsPerAddress(signIn),
      guardPasswordSignIn(signIn),
      refuseWeakResetPassword(minPasswordLength),
      refuseDeactivatedReset,
      skipResetMailWhenDeactivated,
    ],
    beforeValidate: [
      refuseMistypedValues,
      refuseWeakPasswords(minPasswordLength),
      requireCurrentPassword(signIn),
    ],
  },
  labels: {
    plural: { en: 'Users', zh: '用户' },
    singular: { en: 'User', zh: '用户' },
  },
  timestamps: true,
})
