import type { BookingRequest } from '../payload-types'

/** Plain-text mail: user text can never add a header line or markup. */
const oneLine = (value: unknown): string =>
  String(value ?? '')
    .replace(/[\r\n\t]+/g, ' ')
    .trim()

const day = (value: null | string | undefined): string => (value ? value.slice(0, 10) : 'no date')

/** The request's reference (set on create; older requests may lack one). */
const referenceOf = (request: BookingRequest): string => request.reference ?? 'none'

export const staffBookingEmail = (request: BookingRequest, adminUrl: string) => ({
  subject: `New speaker request: ${oneLine(request.eventName)}${request.organization ? ` (${oneLine(request.organization)})` : ''}`,
  text: [
    `${oneLine(request.contactName)} <${request.email}> asks for a speaker.`,
    `Reference: ${referenceOf(request)}`,
    '',
    `Event: ${oneLine(request.eventName)} on ${day(request.eventDate)}${request.eventLocation ? `, ${oneLine(request.eventLocation)}` : ''}`,
    `Format: ${request.format ?? 'not given'}; session: ${request.sessionType ?? 'not given'}; audience: ${request.audienceSize ?? 'not given'}`,
    `Budget: ${request.budgetBand ?? 'not given'}`,
    ...(request.message ? ['', 'Message:', request.message] : []),
    '',
    `Open it in the admin: ${adminUrl}`,
  ].join('\n'),
})

/**
 * The acknowledgement goes to whatever address was typed in the form, so it carries only our own
 * words, the reference and the event date (a date, checked on the way in): none of the requester's
 * text, which would make the form a relay for anyone's message to anyone. English and Chinese in one
 * mail: the bureau's clients write in both, and the form says nothing of the requester's language.
 */
export const requesterAcknowledgement = (request: BookingRequest) => {
  const reference = referenceOf(request)
  const date = day(request.eventDate)
  return {
    subject: `We received your speaker request ${reference} / 我们已收到您的演讲嘉宾预约申请`,
    text: [
      'Thank you: we have received a speaker request sent with this e-mail address.',
      '',
      `Reference: ${reference}`,
      `Event date: ${date}`,
      '',
      'Our team will come back to you with a shortlist of speakers, their fees and availability.',
      'Please quote the reference when you write to us. If you did not send this request, you can',
      'ignore this message.',
      '',
      'The Speakers Bureau',
      '',
      '—',
      '',
      '感谢您：我们已收到使用此电子邮件地址提交的演讲嘉宾预约申请。',
      '',
      `申请编号：${reference}`,
      `活动日期：${date}`,
      '',
      '我们的团队将与您联系，提供推荐的演讲嘉宾名单、费用及档期。来信时请注明申请编号。',
      '如果您没有提交此申请，请忽略此邮件。',
      '',
      '演讲嘉宾经纪团队（The Speakers Bureau）',
    ].join('\n'),
  }
}

export const slaReminderEmail = (request: BookingRequest, hours: number, adminUrl: string) => ({
  subject: `Still new after ${hours} h: ${oneLine(request.eventName)}`,
  text: [
    `Nobody has picked up this speaker request yet (${oneLine(request.contactName)}).`,
    `Reference: ${referenceOf(request)}`,
    '',
    adminUrl,
  ].join('\n'),
})

/** Slack-compatible message; Slack needs &, < and > escaped in text. */
export const slackBookingMessage = (request: BookingRequest, adminUrl: string) => {
  const escape = (value: unknown) =>
    oneLine(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return {
    text: `New speaker request: *${escape(request.eventName)}* on ${day(request.eventDate)} from ${escape(request.contactName)}${request.organization ? ` (${escape(request.organization)})` : ''}, ${referenceOf(request)} <${adminUrl}|open>`,
  }
}
