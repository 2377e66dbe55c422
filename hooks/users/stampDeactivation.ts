import type { CollectionBeforeChangeHook } from 'payload'

import { isDeactivatedUser } from '../../src/users/activeUsers'

/** Records when an account was deactivated (`deactivatedAt`), and forgets it on reactivation. */
export const stampDeactivation: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.isDeactivated === undefined) return data
  const wasDeactivated = isDeactivatedUser(originalDoc)
  if (data.isDeactivated && !wasDeactivated)
    return { ...data, deactivatedAt: new Date().toISOString() }
  if (!data.isDeactivated && wasDeactivated) return { ...data, deactivatedAt: null }
  return data
}
