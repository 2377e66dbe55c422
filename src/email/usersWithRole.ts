import type { Payload, PayloadRequest } from 'payload'

import { activeUsers } from '../users/activeUsers'
import { type Role } from '../vocabulary/roles'

/**
 * The active users holding `role`, for mails to all of them (staff of a new request, reviewers);
 * deactivated accounts get no mail.
 */
export const usersWithRole = async (
  payload: Payload,
  role: Role,
  req?: PayloadRequest,
): Promise<{ email: string; id: number | string }[]> => {
  const { docs } = await payload.find({
    collection: payload.config.admin.user as 'users',
    depth: 0,
    limit: 0,
    ...(req ? { req } : {}),
    where: { and: [{ roles: { contains: role } }, activeUsers] },
  })
  return docs.map(({ email, id }) => ({ email, id }))
}
