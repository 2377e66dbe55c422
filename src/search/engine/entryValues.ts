import type { SearchEntry, ValueKind } from './types'

/** An entry's values of one kind (its topics with their ancestors, languages, speakers). */
export const valuesOf = (entry: SearchEntry, kind: ValueKind): string[] =>
  entry.values.filter((value) => value.kind === kind).map(({ value }) => value)

/** Whether an entry holds any of these values of one kind. */
export const hasAnyValue = (entry: SearchEntry, kind: ValueKind, values: string[]): boolean =>
  entry.values.some((value) => value.kind === kind && values.includes(value.value))
