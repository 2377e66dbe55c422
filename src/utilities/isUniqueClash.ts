import { ValidationError } from 'payload'

/** Whether a create was refused by a unique index (Payload reports it as a ValidationError). */
export const isUniqueClash = (err: unknown): boolean =>
  err instanceof ValidationError || (err as { name?: string })?.name === 'ValidationError'
