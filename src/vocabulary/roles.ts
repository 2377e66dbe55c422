/** The roles a user can hold. */
export const roles = ['admin', 'editor', 'reviewer', 'staff'] as const

export type Role = (typeof roles)[number]
