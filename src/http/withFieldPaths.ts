/** One field's problem: `path` as Payload names fields (`email`, `source.url`, `where[eventDate][equals]`). */
export type FieldError = { message: string; path: string }

type ErrorItem = { data?: unknown; message?: string; path?: string; [key: string]: unknown }

const isFieldError = (value: unknown): value is { message?: unknown; path: string } =>
  typeof value === 'object' && value !== null && typeof (value as { path?: unknown }).path === 'string'

/** The field errors an item carries: Payload's ValidationError in `data.errors`, others in `data`. */
const fieldErrorsOf = (item: ErrorItem): FieldError[] | undefined => {
  const listed = Array.isArray(item.data)
    ? item.data
    : Array.isArray((item.data as { errors?: unknown } | undefined)?.errors)
      ? (item.data as { errors: unknown[] }).errors
      : undefined
  const fieldErrors = listed?.filter(isFieldError)
  if (!fieldErrors?.length) return undefined
  return fieldErrors.map((error) => ({
    ...error,
    message: typeof error.message === 'string' ? error.message : String(item.message ?? ''),
  }))
}

/**
 * Payload's error answers name fields in three shapes: a ValidationError's `data.errors[]`, a
 * QueryError's `data[]` (no message), an APIError's `data[]`, and some name none. Every item here
 * says the same thing in one shape a typed client can read without a cast: `data.errors[]` with
 * `path` and `message` for each field, and `path` on the item itself when it is about one field.
 * The admin reads `message` and `data.errors[].path` (field errors): both keep their meaning.
 */
export const withFieldPaths = <T extends { errors?: unknown }>(response: T): T => {
  if (!Array.isArray(response.errors)) return response
  return {
    ...response,
    errors: (response.errors as ErrorItem[]).map((item) => {
      const fieldErrors = item && typeof item === 'object' ? fieldErrorsOf(item) : undefined
      if (!fieldErrors) return item
      const data = Array.isArray(item.data) ? {} : (item.data as object)
      return {
        ...item,
        data: { ...data, errors: fieldErrors },
        ...(fieldErrors.length === 1 && item.path === undefined ? { path: fieldErrors[0].path } : {}),
      }
    }),
  }
}
