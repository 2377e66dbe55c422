import type { Role } from '../vocabulary/roles'

type UserWithRoles =
  { isDeactivated?: boolean | null; roles?: null | readonly string[] } | null | undefined

/**
 * True when the user holds at least one of the given roles. A deactivated account holds none: its
 * sessions end when it is deactivated (endSessionsOnDeactivation), and should a token still reach
 * us (a host with `auth.useSessions: false`), every access rule built on roles refuses it.
 */
export const hasRole = (user: UserWithRoles, ...wanted: Role[]): boolean =>
  !user?.isDeactivated && Boolean(user?.roles?.some((role) => (wanted as string[]).includes(role)))
