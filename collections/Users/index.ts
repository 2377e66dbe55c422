import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../../src/access/hasAnyRole'
import { isAdmin } from '../../src/access/isAdmin'
import { isAdminField } from '../../src/access/isAdminField'
import { isAdminOrSelf } from '../../src/access/isAdminOrSelf'
import { limitLoginsPerIp } from '../../hooks/limitLoginsPerIp'
import { makeFirstUserAdmin } from '../../hooks/makeFirstUserAdmin'
import { collectionSlugs, roles } from '../slugs'

type Args = {
  lockTimeMs: number
  loginRateLimit: { perWindow: number; windowMs: number }
  maxLoginAttempts: number
  secureCookies: boolean
  tokenExpirationSeconds: number
}

export const createUsersCollection = ({
  lockTimeMs,
  loginRateLimit,
  maxLoginAttempts,
  secureCookies,
  tokenExpirationSeconds,
}: Args): CollectionConfig => ({
  slug: collectionSlugs.users,
  access: {
    admin: hasAnyRole,
    create: isAdmin,
    delete: isAdmin,
    read: hasAnyRole,
    update: isAdminOrSelf,
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles'],
    useAsTitle: 'email',
  },
  auth: {
    cookies: { sameSite: 'Lax', secure: secureCookies },
    lockTime: lockTimeMs,
    maxLoginAttempts,
    tokenExpiration: tokenExpirationSeconds,
  },
  fields: [
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
    beforeOperation: [limitLoginsPerIp(loginRateLimit)],
  },
  timestamps: true,
})
