import type { DataFromCollectionSlug } from 'payload'

import { formatDay } from '../dates/day'
import { formatEventTime } from '../dates/eventTime'
import { oneLine } from '../email/oneLine'
import { budgetBands, eventFormats, type Option, sessionTypes } from '../vocabulary/options'
import type { MailLanguage } from './requesterLanguage'

/** A booking request, as the host's generated types have it (Payload's `GeneratedTypes`). */
type BookingRequest = DataFromCollectionSlug<'booking-requests'>

/**
 * The event's day with its year ("20 May 2030" / "2030年5月20日"), read from the stored `YYYY-MM-DD`
 * string, never through a Date in the server's zone; then the start time with its zone, if given.
 */
const when = (request: BookingRequest, language: MailLanguage = 'en'): string => {
  if (!request.eventDate) return language === 'zh' ? '未注明日期' : 'no date'
  const time = formatEventTime(request.eventTime, request.eventTimeZone)
  const day = formatDay(request.eventDate, language)
  return time ? `${day}${language === 'zh' ? ' ' : ', '}${time}` : day
}

/** The request's reference (set on create; older requests may lack one). */
const referenceOf = (request: BookingRequest): string => request.reference ?? 'none'

/** An option's label in one language, from the field's own options (the admin shows the same). */
const optionLabel = (
  options: Option[],
  value: null | string | undefined,
  language: MailLanguage,
): string => {
  if (!value) return language === 'zh' ? '未填写' : 'not given'
  return options.find((option) => option.value === value)?.label[language] ?? value
}

/**
 * To staff, in both languages: users have no language of their own (Payload keeps the admin's
 * language in a browser cookie), and the bureau's staff read both, so the subject carries both and
 * the body gives each line in English, then in Chinese. The requester's own words come once.
 */
export const staffBookingEmail = (request: BookingRequest, adminUrl: string) => {
  const event = oneLine(request.eventName)
  const organization = request.organization ? oneLine(request.organization) : ''
  const location = request.eventLocation ? oneLine(request.eventLocation) : ''
  const audience = (language: MailLanguage) =>
    request.audienceSize ?? (language === 'zh' ? '未填写' : 'not given')
  return {
    subject: `New speaker request: ${event}${organization ? ` (${organization})` : ''} · 新的演讲嘉宾预约请求`,
    text: [
      `${oneLine(request.contactName)} <${request.email}> asks for a speaker.`,
      `Reference: ${referenceOf(request)}`,
      '',
      `Event: ${event} on ${when(request)}${location ? `, ${location}` : ''}`,
      `Format: ${optionLabel(eventFormats, request.format, 'en')}; session: ${optionLabel(sessionTypes, request.sessionType, 'en')}; audience: ${audience('en')}`,
      `Budget: ${optionLabel(budgetBands, request.budgetBand, 'en')}`,
      '',
      `Open it in the admin: ${adminUrl}`,
      '',
      '—',
      '',
      `${oneLine(request.contactName)} <${request.email}> 申请预约演讲嘉宾。`,
      `申请编号：${referenceOf(request)}`,
      '',
      `活动：${event}，${when(request, 'zh')}${location ? `，${location}` : ''}`,
      `形式：${optionLabel(eventFormats, request.format, 'zh')}；环节：${optionLabel(sessionTypes, request.sessionType, 'zh')}；观众人数：${audience('zh')}`,
      `预算：${optionLabel(budgetBands, request.budgetBand, 'zh')}`,
      '',
      `在管理后台打开：${adminUrl}`,
      ...(request.message ? ['', 'Message / 留言:', request.message] : []),
    ].join('\n'),
  }
}

const acknowledgementText = {
  en: (request: BookingRequest, reference: string) => [
    'Thank you: we have received a speaker request sent with this e-mail address.',
    '',
    `Reference: ${reference}`,
    `Event date: ${when(request)}`,
    '',
    'Our team will come back to you with a shortlist of speakers, their fees and availability.',
    'Please quote the reference when you write to us. If you did not send this request, you can',
    'ignore this message.',
    '',
    'The Speakers Bureau',
  ],
  zh: (request: BookingRequest, reference: string) => [
    '感谢您：我们已收到使用此电子邮件地址提交的演讲嘉宾预约申请。',
    '',
    `申请编号：${reference}`,
    `活动日期：${when(request, 'zh')}`,
    '',
    '我们的团队将与您联系，提供推荐的演讲嘉宾名单、费用及档期。来信时请注明申请编号。',
    '如果您没有提交此申请，请忽略此邮件。',
    '',
    '演讲嘉宾经纪团队（The Speakers Bureau）',
  ],
} satisfies Record<MailLanguage, (request: BookingRequest, reference: string) => string[]>

/**
 * The acknowledgement goes to whatever address was typed in the form, so it carries only our own
 * words, the reference and the event's day and time (a day, an HH:mm time and a zone name, each
 * checked on the way in): none of the requester's text, which would make the form a relay for
 * anyone's message to anyone. In the language of the sender's browser when it asked for English or
 * Simplified Chinese (requesterLanguage); otherwise in both, English first.
 */
export const requesterAcknowledgement = (request: BookingRequest, language?: MailLanguage) => {
  const reference = referenceOf(request)
  const subjects = {
    en: `We received your speaker request ${reference}`,
    zh: `我们已收到您的演讲嘉宾预约申请 ${reference}`,
  }
  if (language) {
    return {
      subject: subjects[language],
      text: acknowledgementText[language](request, reference).join('\n'),
    }
  }
  return {
    subject: `We received your speaker request ${reference} / 我们已收到您的演讲嘉宾预约申请`,
    text: [
      ...acknowledgementText.en(request, reference),
      '',
      '—',
      '',
      ...acknowledgementText.zh(request, reference),
    ].join('\n'),
  }
}

/** To staff, in both languages (see staffBookingEmail). */
export const slaReminderEmail = (request: BookingRequest, hours: number, adminUrl: string) => ({
  subject: `Still new after ${hours} h: ${oneLine(request.eventName)} · 已超过 ${hours} 小时无人处理`,
  text: [
    `Nobody has picked up this speaker request yet (${oneLine(request.contactName)}).`,
    `这份演讲嘉宾预约请求仍无人处理（${oneLine(request.contactName)}）。`,
    `Reference / 申请编号: ${referenceOf(request)}`,
    '',
    adminUrl,
  ].join('\n'),
})

/** Slack-compatible message to the staff channel, in both languages; Slack needs &, < and > escaped in text. */
export const slackBookingMessage = (request: BookingRequest, adminUrl: string) => {
  const escape = (value: unknown) =>
    oneLine(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return {
    text: `New speaker request · 新的演讲嘉宾预约请求: *${escape(request.eventName)}* on ${when(request)} from ${escape(request.contactName)}${request.organization ? ` (${escape(request.organization)})` : ''}, ${referenceOf(request)} <${adminUrl}|open · 打开>`,
  }
}
