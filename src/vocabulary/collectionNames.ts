/**
 * The name (Payload's collection `slug`) of every collection this project adds, in one place for code
 * and tests. "Slug" in our own names means a document's URL slug only.
 */
export const collectionNames = {
  bookingNotifications: 'booking-notifications',
  bookingRequests: 'booking-requests',
  calendarLinks: 'calendar-links',
  engagementClaims: 'engagement-claims',
  holds: 'holds',
  interviews: 'interviews',
  media: 'media',
  privacyErasures: 'privacy-erasures',
  proposals: 'proposals',
  rateLimitCounters: 'rate-limit-counters',
  retentionRuns: 'retention-runs',
  reviewDeliveries: 'review-deliveries',
  reviewEvents: 'review-events',
  searchChanges: 'search-changes',
  searchEntries: 'search-entries',
  searchMeta: 'search-meta',
  slugClaims: 'slug-claims',
  speakers: 'speakers',
  topics: 'topics',
  users: 'users',
} as const

export type CollectionName = (typeof collectionNames)[keyof typeof collectionNames]

/** The collections anyone may read (published documents only, where there are drafts). */
export const publicContentCollections = [
  collectionNames.speakers,
  collectionNames.interviews,
  collectionNames.topics,
  collectionNames.media,
] as const

/** The collections whose documents have public URLs built from a slug. */
export type SluggedCollection =
  | typeof collectionNames.interviews
  | typeof collectionNames.speakers
  | typeof collectionNames.topics
