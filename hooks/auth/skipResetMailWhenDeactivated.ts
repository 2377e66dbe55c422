import type { CollectionBeforeOperationHook } from 'payload'

import { normalizeLogin } from '../../src/auth/signInKeys'
import { isDeactivatedUser } from '../../src/users/activeUsers'

/**
 * Forgot-password for a deactivated account sends no mail (its reset would be refused anyway:
 * refuseDeactivatedReset). The answer stays Payload's same "success" as for any address, so the
 * form tells nobody which accounts exist or are deactivated.
 */
export const skipResetMailWhenDeactivated: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'forgotPassword') return args
  const { email } = (args.data ?? {}) as { email?: unknown }
  if (typeof email !== 'string' || email.trim() === '') return args
  const user = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: normalizeLogin(email) } },
  })
  return isDeactivatedUser(user) ? { ...args, disableEmail: true } : args
}
