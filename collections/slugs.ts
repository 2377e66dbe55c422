/** Every collection slug this project adds, in one place for code and tests. */
export const collectionSlugs = {
  bookingNotifications: 'booking-notifications',
  bookingRequests: 'booking-requests',
  interviews: 'interviews',
  media: 'media',
  rateLimitCounters: 'rate-limit-counters',
  reviewEvents: 'review-events',
  slugClaims: 'slug-claims',
  speakers: 'speakers',
  topics: 'topics',
  users: 'users',
} as const

export type CollectionSlug = (typeof collectionSlugs)[keyof typeof collectionSlugs]

/** The collections anyone may read (published documents only, where there are drafts). */
export const publicContentCollections = [
  collectionSlugs.speakers,
  collectionSlugs.interviews,
  collectionSlugs.topics,
  collectionSlugs.media,
] as const

/** The collections whose documents have public URLs built from a slug. */
export type SluggedCollection =
  | typeof collectionSlugs.interviews
  | typeof collectionSlugs.speakers
  | typeof collectionSlugs.topics

/** The roles a user can hold. */
export const roles = ['admin', 'editor', 'reviewer', 'staff'] as const

export type Role = (typeof roles)[number]
