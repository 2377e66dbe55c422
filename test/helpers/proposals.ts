import type { Payload } from 'payload'

import type { ParsedMail } from 'mailparser'

type Id = number | string

export const inDays = (days: number): string =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

/** A booking request as the public form makes it (stored as the system). */
export const makeBookingRequest = async (
  payload: Payload,
  overrides: Record<string, unknown> = {},
): Promise<{ id: Id }> =>
  payload.create({
    collection: 'booking-requests',
    data: {
      consent: true,
      contactName: 'Mei Organiser',
      email: 'mei@events.test',
      eventDate: inDays(60),
      eventLocation: 'Shanghai, China',
      eventName: 'Digital China Summit',
      eventTime: '09:30',
      eventTimeZone: 'Asia/Shanghai',
      ...overrides,
    } as never,
  })

/** Published speakers with a name each (their slugs follow from the names). */
export const publishSpeakers = async (payload: Payload, names: string[]) => {
  const speakers: { id: Id; slug: string }[] = []
  for (const name of names) {
    const doc = await payload.create({
      collection: 'speakers',
      data: { _status: 'published', name, shortBio: `${name} speaks on search.` } as never,
    })
    speakers.push({ id: doc.id, slug: String(doc.slug) })
  }
  return speakers
}

/** The token of the `/p/<token>` link in a mail's text. */
export const tokenInMail = (mail: ParsedMail): string => {
  const match = /\/p\/([A-Za-z0-9_-]{43})\b/.exec(mail.text ?? '')
  if (!match) throw new Error(`no proposal link in: ${mail.text}`)
  return match[1]
}
