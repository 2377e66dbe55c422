import type { Role } from '../vocabulary/roles'

type UserWithRoles = { roles?: null | readonly string[] } | null | undefined

/** True when the user holds at least one of the given roles. */
export const hasRole = (user: UserWithRoles, ...wanted: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
