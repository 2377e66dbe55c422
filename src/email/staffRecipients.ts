import type { Payload } from 'payload'

import { activeUsers } from '../users/activeUsers'
import { usersWithRole } from './usersWithRole'

/** Every staff member (and the bureau's extra addresses), without duplicates. */
export const staffAddresses = async (payload: Payload, extra: string[]): Promise<string[]> => {
  const staff = await usersWithRole(payload, 'staff')
  return [...new Set([...staff.map(({ email }) => email), ...extra])]
}

/**
 * The addresses of the people named (who sent a proposal, made a hold, is assigned a request),
 * without duplicates; when none of them is known or active any more (deleted, deactivated), every
 * staff member and the bureau's extra addresses, so word never goes nowhere.
 */
export const staffRecipients = async (
  payload: Payload,
  people: (number | string | null | undefined)[],
  fallback: string[],
): Promise<string[]> => {
  const ids = [...new Set(people.filter((id) => id !== null && id !== undefined))]
  const { docs } = ids.length
    ? await payload.find({
        collection: payload.config.admin.user as 'users',
        depth: 0,
        pagination: false,
        where: { and: [{ id: { in: ids } }, activeUsers] },
      })
    : { docs: [] }
  const named = docs.map(({ email }) => email).filter(Boolean)
  return named.length ? [...new Set(named)] : staffAddresses(payload, fallback)
}
