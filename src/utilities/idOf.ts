/** The id of a relationship value, whether it came as an id or as a populated document. */
export const idOf = (value: unknown): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object'
    ? (value as { id: number | string }).id
    : (value as number | string)
}

/** The ids of a hasMany relationship value (ids or populated documents; empty when there is none). */
export const idsOf = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [])
    .map(idOf)
    .filter((id): id is number | string => id !== undefined && id !== null)
