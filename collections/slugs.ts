/** Every collection slug this project adds, in one place for code and tests. */
export const collectionSlugs = {
  media: 'media',
  users: 'users',
} as const

export type CollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]

/** The roles a user can hold. */
export const roles = ['admin', 'editor', 'reviewer', 'staff'] as const

export type Role = (typeof roles)[number]
