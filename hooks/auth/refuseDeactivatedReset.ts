import type { CollectionBeforeOperationHook } from 'payload'

import { isDeactivatedUser } from '../../src/users/activeUsers'
import { deactivationMessages } from '../../src/users/deactivationMessages'
import { refuse } from '../../src/utilities/fieldError'

/**
 * A password reset does not bring a deactivated account back: with a valid reset token (made before
 * the deactivation, or by forgot-password), it is refused before the password changes (403), as
 * sign-in is. Only an admin reactivates an account.
 */
export const refuseDeactivatedReset: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'resetPassword') return args
  const { token } = (args.data ?? {}) as { token?: unknown }
  if (typeof token !== 'string' || token === '') return args
  const user = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { resetPasswordToken: { equals: token } },
  })
  if (isDeactivatedUser(user)) throw refuse(req, 403, deactivationMessages.deactivated)
  return args
}
