/**
 * A day-only value (an event date, a publication date) is an ISO calendar date, `YYYY-MM-DD`,
 * everywhere: database, REST, GraphQL, Local API, mails. It is never turned into an instant, so no
 * browser's or server's time zone can move it (issue 15: "2030-05-20" stored as midnight UTC showed
 * as 19 May in Los Angeles).
 */
export type Day = string

export type DayParts = { day: number; month: number; year: number }

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

/**
 * An ISO 8601 timestamp, its date part captured: a time to the minute, seconds and their fraction
 * and a zone optional, each in range (no `T24:00`). Old clients send one for a day
 * (`2030-05-20T00:00:00.000Z`): its literal date part is the day.
 */
export const ISO_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/

const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** The parts of a `YYYY-MM-DD` string naming a day that exists (not 2030-02-30); undefined otherwise. */
export const parseDay = (value: unknown): DayParts | undefined => {
  if (typeof value !== 'string') return undefined
  const match = DAY_PATTERN.exec(value)
  if (!match) return undefined
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined
  return { day, month, year }
}

export const isDay = (value: unknown): value is Day => parseDay(value) !== undefined

/**
 * What a client sent for a day field, as the day to store: a `YYYY-MM-DD` string as it is, a
 * timestamp reduced to its literal date part, an empty string as no day. Anything else is returned
 * unchanged for the field's validation to refuse, naming the field.
 */
export const normalizeDayInput = (value: unknown): unknown => {
  if (typeof value !== 'string') return value
  const trimmed = value.trim()
  if (trimmed === '') return null
  const timestamp = ISO_TIMESTAMP.exec(trimmed)
  return timestamp ? timestamp[1] : trimmed
}

/** `YYYY-MM-DD` from parts, zero-padded. */
export const dayFromParts = ({ day, month, year }: DayParts): Day =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/**
 * The earliest day an event can still be today for its organiser, wherever on Earth they are: the
 * date 14 hours behind UTC (the rule booking requests have always had; UTC−12 is the last zone).
 */
export const earliestDayAnywhere = (now: Date = new Date()): Day =>
  new Date(now.getTime() - 14 * 3600_000).toISOString().slice(0, 10)

/**
 * A day for people to read, with its year, in `language` (`en`: "20 May 2030", `zh`: "2030年5月20日").
 * Formatted at noon UTC in UTC: no zone is involved, so it is the same day for every reader.
 */
export const formatDay = (value: unknown, language: string): string => {
  const parts = parseDay(value)
  if (!parts) return typeof value === 'string' ? value : ''
  const noon = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, 12))
  noon.setUTCFullYear(parts.year) // Date.UTC reads years 0–99 as 1900–1999
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    month: language === 'zh' ? 'long' : 'short',
    timeZone: 'UTC',
    year: 'numeric',
  }).format(noon)
}

/**
 * The day as a Date at local midnight in the running JavaScript's zone: what date pickers (which
 * show a Date in the browser's zone) need to show that very day in every zone.
 */
export const dayToLocalDate = (value: unknown): Date | undefined => {
  const parts = parseDay(value)
  if (!parts) return undefined
  const date = new Date(parts.year, parts.month - 1, parts.day)
  date.setFullYear(parts.year)
  return date
}

/** The calendar day a Date shows in the running JavaScript's zone (what a date picker picked). */
export const localDateToDay = (date: Date): Day =>
  dayFromParts({ day: date.getDate(), month: date.getMonth() + 1, year: date.getFullYear() })
