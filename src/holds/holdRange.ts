import type { Where } from 'payload'

import { activeHoldStatuses } from './holdStatuses'

export type HoldRange = { endDate: string; startDate: string }

/** A hold's days, first to last (a one-day hold's `endDate` is its `startDate`). */
export const rangeOf = (hold: { endDate?: null | string; startDate: string }): HoldRange => ({
  endDate: hold.endDate || hold.startDate,
  startDate: hold.startDate,
})

export const overlaps = (a: HoldRange, b: HoldRange): boolean =>
  a.startDate <= b.endDate && b.startDate <= a.endDate

/** The speaker's holds that occupy any day of `range` (ISO days compare as strings everywhere). */
export const activeHoldsOverlapping = (speaker: number | string, range: HoldRange): Where => ({
  and: [
    { speaker: { equals: speaker } },
    { status: { in: [...activeHoldStatuses] } },
    { startDate: { less_than_equal: range.endDate } },
    { endDate: { greater_than_equal: range.startDate } },
  ],
})

/** Days from `startDate` to `endDate`, both included. */
export const daysIn = ({ endDate, startDate }: HoldRange): string[] => {
  const days: string[] = []
  const end = Date.parse(`${endDate}T00:00:00Z`)
  for (let t = Date.parse(`${startDate}T00:00:00Z`); t <= end; t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10))
  return days
}
