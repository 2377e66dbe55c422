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
