import type { CollectionBeforeChangeHook } from 'payload'

import { daysIn } from '../../src/holds/holdRange'
import { MAX_HOLD_DAYS } from '../../src/holds/holdStatuses'
import { fieldError } from '../../src/utilities/fieldError'

/**
 * The event's days are what an accepted proposal holds: a last day on or after the first, and no
 * more days than a hold may cover, so the client's "yes" can always be held.
 */
export const checkProposalDates: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  const { eventDate, eventEndDate } = data as { eventDate?: string; eventEndDate?: null | string }
  if (!eventDate || !eventEndDate) return data
  if (eventEndDate < eventDate)
    throw fieldError(req, collection.slug, 'eventEndDate', {
      en: 'The last day cannot be before the event date.',
      zh: '结束日期不能早于活动日期。',
    })
  if (daysIn({ endDate: eventEndDate, startDate: eventDate }).length > MAX_HOLD_DAYS)
    throw fieldError(req, collection.slug, 'eventEndDate', {
      en: `An event covers at most ${MAX_HOLD_DAYS} days.`,
      zh: `活动最多 ${MAX_HOLD_DAYS} 天。`,
    })
  return data
}
