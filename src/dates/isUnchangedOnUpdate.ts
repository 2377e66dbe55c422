/**
 * Whether an update leaves a field as it is stored. Rules that judge new input (a day that exists,
 * "today or later", an HH:mm time) do not judge the stored value again: staff save a request whose
 * event has passed, or whose time was typed before times were HH:mm, without a 400 on a field
 * nobody touched (the admin form sends every field back).
 */
export const isUnchangedOnUpdate = ({
  operation,
  previousValue,
  value,
}: {
  operation?: string
  previousValue?: unknown
  value: unknown
}): boolean => operation === 'update' && (value ?? null) === (previousValue ?? null)
