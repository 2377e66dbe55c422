/** Payload field validation: empty is allowed (use `required` for that), anything else must be http(s). */
export const validateHttpUrl = (value: unknown): string | true => {
  if (value === null || value === undefined || value === '') return true
  try {
    const { protocol } = new URL(String(value))
    return protocol === 'https:' || protocol === 'http:' ? true : 'Use an http(s) link.'
  } catch {
    return 'This is not a valid link.'
  }
}
