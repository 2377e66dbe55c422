/**
 * An event's start time is a wall-clock time, `HH:mm` (24-hour), stored with the event's time zone
 * (an IANA name such as `Asia/Shanghai`): 09:30 in Shanghai stays 09:30 in Shanghai for every
 * reader, whatever their own zone.
 */
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

export const isEventTime = (value: unknown): value is string =>
  typeof value === 'string' && TIME_PATTERN.test(value)

let zones: Set<string> | undefined

/** The IANA zone names this runtime knows (`Intl.supportedValuesOf`), plus `UTC`. */
export const supportedTimeZones = (): Set<string> => {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])
  return zones
}

/** An IANA name's shape: `Area/Location` (`America/Argentina/Salta`), as the tz database spells it. */
const IANA_NAME = /^[A-Z][A-Za-z_]+(\/[A-Z][A-Za-z0-9_+-]+){1,2}$/

/** The canonical name the runtime's ICU gives `name`, undefined for a name it does not know. */
const canonicalZone = (name: string): string | undefined => {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return undefined
  }
}

/**
 * An IANA zone name: one of `Intl.supportedValuesOf('timeZone')`, `UTC`, or a current spelling ICU
 * lists under its older name (Node 20 lists `Asia/Calcutta`, browsers offer `Asia/Kolkata`).
 */
export const isTimeZone = (value: unknown): value is string => {
  if (typeof value !== 'string') return false
  if (supportedTimeZones().has(value)) return true
  if (!IANA_NAME.test(value)) return false
  const canonical = canonicalZone(value)
  return canonical !== undefined && supportedTimeZones().has(canonical)
}

/** "09:30 (Asia/Shanghai)" for mails and lists; the time alone when no zone was given. */
export const formatEventTime = (time: unknown, timeZone: unknown): string =>
  !isEventTime(time) ? '' : isTimeZone(timeZone) ? `${time} (${timeZone})` : time
