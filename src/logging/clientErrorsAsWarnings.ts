import type { LoggerOptions } from 'pino'

type ClientError = Error & { status: number }

const clientErrorIn = (arg: unknown): ClientError | undefined => {
  const err = arg && typeof arg === 'object' && 'err' in arg ? arg.err : arg
  if (!(err instanceof Error)) return undefined
  const { status } = err as Partial<ClientError>
  return typeof status === 'number' && status >= 400 && status < 500
    ? (err as ClientError)
    : undefined
}

/**
 * pino hooks: Payload logs every error it answers at error level with its stack (its
 * `loggingLevels` go by error name, and ours are all APIError), so a refused sign-in (401), a 429
 * or a 403 refusal filled the log with 30-line stacks. An error with a 4xx status is the client's
 * doing: it is logged at warn as its message, name and status, with no stack. 5xx keep theirs.
 */
export const clientErrorsAsWarnings: NonNullable<LoggerOptions['hooks']> = {
  logMethod(args, method, level) {
    const err = level >= 50 ? clientErrorIn(args[0]) : undefined
    if (!err) return method.apply(this, args)
    return this.warn({ error: err.name, status: err.status }, err.message)
  },
}
