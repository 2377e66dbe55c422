import type { DateField } from 'payload'

/**
 * How the admin shows an instant (a point in time: createdAt, a status change, a delivery): in the
 * viewer's zone, with the year and a 24-hour time (date-fns pattern), e.g. "20 May 2030, 14:05".
 */
export const INSTANT_FORMAT = 'd MMM yyyy, HH:mm'

/** `admin.date` for a date field holding an instant: the picker and its list cell in INSTANT_FORMAT. */
export const instantPicker: NonNullable<NonNullable<DateField['admin']>['date']> = {
  displayFormat: INSTANT_FORMAT,
  pickerAppearance: 'dayAndTime',
  timeFormat: 'HH:mm',
}

/**
 * An instant for a reader whose zone we do not know (a client's deadline on a public page): with
 * its time and the zone it is given in, UTC, e.g. "7 Dec 2026, 01:53 UTC" or "2026年12月7日 UTC 01:53".
 * A bare date would be UTC's day, a day late or early for much of the world.
 */
export const formatInstantInUtc = (iso: string, language: string): string => {
  const time = new Date(iso)
  if (!Number.isFinite(time.getTime())) return iso
  return new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    hour: '2-digit',
    hourCycle: 'h23',
    minute: '2-digit',
    month: language === 'zh' ? 'long' : 'short',
    timeZone: 'UTC',
    timeZoneName: 'short',
    year: 'numeric',
  }).format(time)
}
