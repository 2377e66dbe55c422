import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'

import type { BookingRequest, Hold } from '../payload-types'

import { rangeOf } from '../holds/holdRange'

type Args = {
  /** The server's host name, for globally unique event ids (RFC 5545 UID). */
  host: string
  holds: (Hold & { bookingRequest: BookingRequest | number | string })[]
  speakerName: string
}

const midnightUtc = (day: string, plusDays = 0): Date =>
  new Date(Date.parse(`${day}T00:00:00Z`) + plusDays * 86_400_000)

const eventNameOf = (hold: Args['holds'][number]): string | undefined =>
  typeof hold.bookingRequest === 'object' ? hold.bookingRequest.eventName : undefined

/**
 * A speaker's engagements as an iCalendar feed (RFC 5545, written by ical-generator): confirmed
 * holds as CONFIRMED, holds still waiting as TENTATIVE; all-day events over the hold's days (DTEND
 * the day after the last, as the RFC has it), in no time zone, so every calendar shows the same days.
 */
export const speakerCalendar = ({ holds, host, speakerName }: Args): string => {
  const calendar = ical({
    method: ICalCalendarMethod.PUBLISH,
    name: `${speakerName} · Speakers Bureau`,
    prodId: { company: 'Speakers Bureau', language: 'EN', product: 'Speaker calendar' },
    ttl: 60 * 15,
  })
  for (const hold of holds) {
    const { endDate, startDate } = rangeOf(hold)
    const event = eventNameOf(hold) ?? 'Engagement'
    const confirmed = hold.status === 'confirmed'
    calendar.createEvent({
      allDay: true,
      end: midnightUtc(endDate, 1),
      id: `hold-${hold.id}@${host}`,
      stamp: new Date(hold.updatedAt),
      start: midnightUtc(startDate),
      status: confirmed ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
      summary: confirmed ? event : `Hold #${hold.rank ?? 1} · 暂定 #${hold.rank ?? 1}: ${event}`,
    })
  }
  return calendar.toString()
}
