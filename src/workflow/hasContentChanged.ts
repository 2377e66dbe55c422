/** Fields that carry workflow or bookkeeping, not content: changing them is not an edit. */
const NOT_CONTENT = new Set([
  '_status',
  'createdAt',
  'id',
  'previousSlugs',
  'publishedAt',
  'reviewHistory',
  'reviewNote',
  'reviewState',
  'reviewSubmittedBy',
  'updatedAt',
])

/** Relationship and upload values come as ids or as populated documents: compare ids. */
const normalise = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(normalise)
  if (value && typeof value === 'object') {
    const isDocument = 'id' in value && ('updatedAt' in value || 'createdAt' in value)
    if (isDocument) return String((value as { id: unknown }).id)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v)]),
    )
  }
  if (typeof value === 'number') return String(value)
  return value ?? null
}

/** Whether the incoming data changes any content field of the stored document. */
export const hasContentChanged = (
  incoming: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
): boolean => {
  if (!stored) return true
  return Object.entries(incoming).some(
    ([field, value]) =>
      !NOT_CONTENT.has(field) &&
      JSON.stringify(normalise(value)) !== JSON.stringify(normalise(stored[field])),
  )
}
