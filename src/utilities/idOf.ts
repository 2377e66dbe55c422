/** The id of a relationship value, whether it came as an id or as a populated document. */
export const idOf = (value: unknown): number | string | undefined => {
  if (value === null || value === undefined) return undefined
  return typeof value === 'object'
    ? (value as { id: number | string }).id
    : (value as number | string)
}
