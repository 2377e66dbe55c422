import type { CollectionBeforeChangeHook } from 'payload'

import { activeUsers, isDeactivatedUser } from '../../src/users/activeUsers'
import { deactivationMessages } from '../../src/users/deactivationMessages'
import { fieldError } from '../../src/utilities/fieldError'

/**
 * An admin may not deactivate their own account (nobody would be left to undo a slip of their own),
 * nor the last active admin's (nobody could sign in to manage the bureau): 400 naming
 * `isDeactivated`, nothing is stored. Checked on every path: REST, GraphQL, Local API, bulk updates.
 */
export const protectActiveAdmins: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || data.isDeactivated !== true || isDeactivatedUser(originalDoc))
    return data
  const refuse = (message: { en: string; zh: string }) =>
    fieldError(req, collection.slug, 'isDeactivated', message)
  if (req.user && String(req.user.id) === String(originalDoc?.id))
    throw refuse(deactivationMessages.ownAccount)
  const roles = (data.roles ?? originalDoc?.roles ?? []) as string[]
  if (!roles.includes('admin')) return data
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'users',
    overrideAccess: true,
    req,
    where: {
      and: [activeUsers, { roles: { contains: 'admin' } }, { id: { not_equals: originalDoc?.id } }],
    },
  })
  if (totalDocs === 0) throw refuse(deactivationMessages.lastAdmin)
  return data
}
