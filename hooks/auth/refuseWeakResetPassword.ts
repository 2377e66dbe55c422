import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { findPasswordProblem } from '../../src/auth/findPasswordProblem'
import { localize } from '../../src/i18n/localize'

/**
 * The forgot-password flow's new password (REST, GraphQL, Local API): Payload's resetPassword
 * operation hashes it without any collection hook seeing it (its beforeValidate gets the user with
 * the hash already made), so the same rules as refuseWeakPasswords apply here, before anything else.
 */
export const refuseWeakResetPassword =
  (minLength: number): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, req }) => {
    if (operation !== 'resetPassword') return args
    const { password, token } = (args.data ?? {}) as { password?: unknown; token?: unknown }
    const user =
      typeof token === 'string' && token !== ''
        ? await req.payload.db.findOne<{ email?: string; id: number | string; name?: string }>({
            collection: collection.slug,
            req,
            where: { resetPasswordToken: { equals: token } },
          })
        : null
    const problem = findPasswordProblem({
      email: user?.email,
      minLength,
      name: user?.name,
      password,
    })
    if (!problem) return args
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: localize(req, problem), path: 'password' }],
    })
  }
