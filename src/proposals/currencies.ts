/** ISO 4217 codes this runtime knows (Node's ICU): the currencies a fee may be quoted in. */
let known: Set<string> | undefined

export const isCurrency = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) return false
  known ??= new Set(Intl.supportedValuesOf('currency'))
  return known.has(value)
}
