import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Deactivating an account ends its sessions in the same write: Payload's JWT strategy accepts a
 * token only while the user's `sessions` still hold its `sid` (auth.useSessions, on by default), so
 * every token and admin cookie the person holds stops working at once, on REST, GraphQL and the
 * admin. (Without sessions, hasRole still gives a deactivated account no role.)
 */
export const endSessionsOnDeactivation: CollectionBeforeChangeHook = ({ collection, data }) => {
  if (data.isDeactivated !== true) return data
  const usesSessions = typeof collection.auth === 'object' && collection.auth.useSessions
  return usesSessions ? { ...data, sessions: [] } : data
}
