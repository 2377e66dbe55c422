import type { CollectionBeforeChangeHook } from 'payload'

/**
 * The very first account of an installation becomes an admin, whatever the request asked for, so a
 * fresh bureau can sign in and invite its team. Every later account keeps the roles an admin gave it.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'users',
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) return { ...data, roles: ['admin'] }
  return data
}
