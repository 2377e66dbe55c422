/** Fields of the review workflow and bookkeeping: never shown to the public, never an edit. */
const WORKFLOW_FIELDS = new Set([
  '_status',
  'contentEditedBy',
  'createdAt',
  'id',
  'reviewHistory',
  'reviewNote',
  'reviewState',
  'reviewSubmittedBy',
  'updatedAt',
])

/** Fields the server sets: changing them is not an edit of the content. */
const NOT_CONTENT = new Set([...WORKFLOW_FIELDS, 'previousSlugs', 'publishedAt'])

/**
 * Relationship and upload values come as ids or as populated documents: compare ids. Rows of arrays
 * and blocks carry ids of their own, which say nothing about the content: leave them out.
 */
const normalise = (value: unknown, isNested = false): unknown => {
  if (Array.isArray(value)) return value.map((item) => normalise(item, true))
  if (value && typeof value === 'object') {
    const isDocument = 'id' in value && ('updatedAt' in value || 'createdAt' in value)
    if (isDocument) return String((value as { id: unknown }).id)
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, v]) => v !== undefined && !(isNested && key === 'id'))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normalise(v, true)]),
    )
  }
  if (typeof value === 'number') return String(value)
  return value ?? null
}

const differs = (a: unknown, b: unknown): boolean =>
  JSON.stringify(normalise(a)) !== JSON.stringify(normalise(b))

/** Whether the incoming data changes any content field of the stored document. */
export const hasContentChanged = (
  incoming: Record<string, unknown>,
  stored: Record<string, unknown> | undefined,
): boolean => {
  if (!stored) return true
  return Object.entries(incoming).some(
    ([field, value]) => !NOT_CONTENT.has(field) && differs(value, stored[field]),
  )
}

/**
 * Whether anonymous readers would see a difference between two states of a document: every field
 * in `fieldNames` (the collection's stored fields) but the review workflow's.
 */
export const hasPublicContentChanged = ({
  after,
  before,
  fieldNames,
}: {
  after: Record<string, unknown>
  before: Record<string, unknown>
  fieldNames: readonly string[]
}): boolean =>
  fieldNames.some((field) => !WORKFLOW_FIELDS.has(field) && differs(after[field], before[field]))
