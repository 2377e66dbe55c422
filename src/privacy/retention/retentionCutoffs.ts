import type { Where } from 'payload'

/** `now` less `months` calendar months (UTC), as an ISO instant. */
export const monthsBefore = (now: Date, months: number): string => {
  const cutoff = new Date(now)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  return cutoff.toISOString()
}

/**
 * The booking requests whose retention period is over at `now`: in a status with a period, last
 * changed (`updatedAt`) more than that many months ago, and not anonymised yet. Statuses without a
 * period (the open ones) never match.
 */
export const expiredRequestsWhere = (
  retentionMonths: Partial<Record<string, number>>,
  now: Date,
): null | Where => {
  const periods = Object.entries(retentionMonths).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  )
  if (periods.length === 0) return null
  return {
    and: [
      { 'anonymised.at': { exists: false } },
      {
        or: periods.map(([status, months]): Where => ({
          and: [
            { status: { equals: status } },
            { updatedAt: { less_than: monthsBefore(now, months) } },
          ],
        })),
      },
    ],
  }
}
