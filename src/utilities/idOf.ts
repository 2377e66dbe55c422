/** The id of a relationship value, whether it came as an id or as a populated document. */
export const idOf = (value: unknown): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object'
    ? (value as { id: number | string }).id
    : (value as number | string)
}

/**
 * Ids kept as text (the search index's) as this database's Payload takes them in a query: numbers
 * on SQLite and PostgreSQL, text otherwise.
 */
export const payloadIdsOf = (
  payload: { db: { defaultIDType: string } },
  ids: string[],
): (number | string)[] => {
  const numeric = payload.db.defaultIDType === 'number'
  return ids.map((id) => (numeric ? Number(id) : id))
}

/** The ids of a hasMany relationship value (ids or populated documents; empty when there is none). */
export const idsOf = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [])
    .map(idOf)
    .filter((id): id is number | string => id !== undefined && id !== null)
