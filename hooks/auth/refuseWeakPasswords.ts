import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import { findPasswordProblem } from '../../src/auth/findPasswordProblem'
import { localize } from '../../src/i18n/localize'

/**
 * Refuses a weak new password on create and update (REST, GraphQL, the Local API with or without a
 * user, first-user registration, the admin's forms): 400 naming `password` (findPasswordProblem).
 * Payload's own check, the only one it makes, wants 3 characters (generatePasswordSaltHash); the
 * reset-password flow skips this hook and is covered by refuseWeakResetPassword.
 */
export const refuseWeakPasswords =
  (minLength: number): CollectionBeforeValidateHook =>
  ({ collection, data, originalDoc, req }) => {
    const password: unknown = data?.password
    // Absent or empty: no new password (an update keeps the old one; a create fails as required).
    if (password === undefined || password === null || password === '') return data
    const problem = findPasswordProblem({
      email: data?.email ?? originalDoc?.email,
      minLength,
      name: data?.name ?? originalDoc?.name,
      password,
    })
    if (!problem) return data
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: localize(req, problem), path: 'password' }],
    })
  }
