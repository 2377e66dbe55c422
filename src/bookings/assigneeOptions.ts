import type { FilterOptionsProps, Where } from 'payload'

import { activeUsers } from '../users/activeUsers'
import { collectionNames } from '../vocabulary/collectionNames'

const activeStaff: Where = { and: [{ roles: { in: ['staff', 'admin'] } }, activeUsers] }

/**
 * Who a booking request may be assigned to: active staff and admins (the picker offers no one else,
 * and a save naming anyone else is refused). The request's stored assignee stays valid when they
 * are deactivated later, so the request can still be saved (and handed on) without re-picking them.
 */
export const assigneeOptions = async ({ id, req }: FilterOptionsProps): Promise<Where> => {
  if (id === undefined || id === null) return activeStaff
  const stored = await req.payload.db.findOne<{ assignee?: unknown; id: number | string }>({
    collection: collectionNames.bookingRequests,
    req,
    select: { assignee: true },
    where: { id: { equals: id } },
  })
  const assignee = stored?.assignee
  const storedId =
    assignee && typeof assignee === 'object' ? (assignee as { id?: unknown }).id : assignee
  if (storedId === undefined || storedId === null) return activeStaff
  return { or: [activeStaff, { id: { equals: storedId } }] }
}
