import type { BookingRequest } from '../payload-types'

/** Plain-text mail: user text can never add a header line or markup. */
const oneLine = (value: unknown): string =>
  String(value ?? '')
    .replace(/[\r\n\t]+/g, ' ')
    .trim()

const day = (value: null | string | undefined): string => (value ? value.slice(0, 10) : 'no date')

export const staffBookingEmail = (request: BookingRequest, adminUrl: string) => ({
  subject: `New speaker request: ${oneLine(request.eventName)}${request.organization ? ` (${oneLine(request.organization)})` : ''}`,
  text: [
    `${oneLine(request.contactName)} <${request.email}> asks for a speaker.`,
    '',
    `Event: ${oneLine(request.eventName)} on ${day(request.eventDate)}${request.eventLocation ? `, ${oneLine(request.eventLocation)}` : ''}`,
    `Format: ${request.format ?? 'not given'}; session: ${request.sessionType ?? 'not given'}; audience: ${request.audienceSize ?? 'not given'}`,
    `Budget: ${request.budgetBand ?? 'not given'}`,
    ...(request.message ? ['', 'Message:', request.message] : []),
    '',
    `Open it in the admin: ${adminUrl}`,
  ].join('\n'),
})

export const requesterAcknowledgement = (request: BookingRequest) => ({
  subject: 'We received your speaker request',
  text: [
    `Dear ${oneLine(request.contactName)},`,
    '',
    `Thank you for your request for “${oneLine(request.eventName)}” on ${day(request.eventDate)}.`,
    'Our team will come back to you with a shortlist of speakers, their fees and availability.',
    '',
    'The Speakers Bureau',
  ].join('\n'),
})

export const slaReminderEmail = (request: BookingRequest, hours: number, adminUrl: string) => ({
  subject: `Still new after ${hours} h: ${oneLine(request.eventName)}`,
  text: [
    `Nobody has picked up this speaker request yet (${oneLine(request.contactName)}).`,
    '',
    adminUrl,
  ].join('\n'),
})

/** Slack-compatible message; Slack needs &, < and > escaped in text. */
export const slackBookingMessage = (request: BookingRequest, adminUrl: string) => {
  const escape = (value: unknown) =>
    oneLine(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return {
    text: `New speaker request: *${escape(request.eventName)}* on ${day(request.eventDate)} from ${escape(request.contactName)}${request.organization ? ` (${escape(request.organization)})` : ''} <${adminUrl}|open>`,
  }
}
