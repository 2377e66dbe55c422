/**
 * What the cost model (priceOperation.ts) assumes where a query does not say. One unit is one
 * database query or one document read; scalar fields are free (they come with their document).
 */
export const queryPrices = {
  /** Payload's page size when a paginated list (`Speakers`, `versionsSpeakers`) has no `limit`. */
  defaultLimit: 10,
  /**
   * Documents an unbounded list is priced at: `limit: 0`, `pagination: false` without a limit, and a
   * join field without `limit` (Payload's join resolver then fetches every related document).
   */
  unboundedListSize: 1000,
  /** Items assumed in a list of a document's own (hasMany relationship, array rows, blocks). */
  itemsPerDocumentList: 10,
  /** Payload's `defaultDepth`: how deep rich text populates its uploads and links unless told. */
  defaultRichTextDepth: 2,
  /** Lookups a rich text field is assumed to make per level of `depth` (uploads, internal links). */
  richTextLookupsPerLevel: 10,
} as const

export type QueryPrices = typeof queryPrices
