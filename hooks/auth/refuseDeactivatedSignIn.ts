import type { CollectionBeforeLoginHook } from 'payload'

import { isDeactivatedUser } from '../../src/users/activeUsers'
import { deactivationMessages } from '../../src/users/deactivationMessages'
import { refuse } from '../../src/utilities/fieldError'

/**
 * A deactivated account does not sign in (REST, GraphQL, the Local API, the admin's form): 403 with
 * a clear message. It runs after Payload accepted the password, so only someone who knows it learns
 * that the account is deactivated; Payload then revokes the session it had just added.
 */
export const refuseDeactivatedSignIn: CollectionBeforeLoginHook = ({ req, user }) => {
  if (isDeactivatedUser(user)) throw refuse(req, 403, deactivationMessages.deactivated)
  return user
}
