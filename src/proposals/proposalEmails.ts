import type { BookingRequest, Proposal } from '../payload-types'

import { formatDay } from '../dates/day'
import { formatInstantInUtc } from '../dates/instantFormat'
import { oneLine } from '../email/oneLine'

const eventDays = (proposal: Proposal, language: 'en' | 'zh') =>
  proposal.eventEndDate && proposal.eventEndDate !== proposal.eventDate
    ? `${formatDay(proposal.eventDate, language)} – ${formatDay(proposal.eventEndDate, language)}`
    : formatDay(proposal.eventDate, language)

/** The link's last moment, with its time and zone (a bare date was UTC's day). */
const expiry = (proposal: Proposal, language: 'en' | 'zh') =>
  formatInstantInUtc(new Date(proposal.expiresAt).toISOString(), language)

/**
 * To the requester, in both languages (we do not know which they read): the link to the proposal,
 * its event and how long the link works. Nothing else of the proposal travels by mail.
 */
export const proposalLinkEmail = (request: BookingRequest, proposal: Proposal, link: string) => {
  const event = oneLine(request.eventName)
  return {
    subject: `Speakers proposed for ${event} · 为您推荐的演讲嘉宾`,
    text: [
      `Dear ${oneLine(request.contactName)},`,
      '',
      `For ${event} (${eventDays(proposal, 'en')}) we propose ${proposal.items.length} speaker${proposal.items.length === 1 ? '' : 's'}, with their profiles and fees:`,
      link,
      '',
      `You can accept one of them, or decline, on that page until ${expiry(proposal, 'en')}.`,
      `Reference: ${request.reference ?? ''}`,
      '',
      'The Speakers Bureau',
      '',
      '—',
      '',
      `${oneLine(request.contactName)}，您好：`,
      '',
      `我们为${event}（${eventDays(proposal, 'zh')}）推荐 ${proposal.items.length} 位演讲嘉宾，附个人简介和费用：`,
      link,
      '',
      `您可以在 ${expiry(proposal, 'zh')} 之前在该页面选择其中一位，或婉拒。`,
      `申请编号：${request.reference ?? ''}`,
      '',
      '演讲嘉宾经纪团队（The Speakers Bureau）',
    ].join('\n'),
  }
}

type Answer = {
  adminUrl: string
  request: BookingRequest
  speakerName?: string
  proposal: Proposal
}

const answerLine = ({ proposal, request, speakerName }: Answer, language: 'en' | 'zh') => {
  const who = oneLine(request.contactName)
  if (proposal.answer?.kind === 'accepted')
    return language === 'zh'
      ? `${who} 接受了方案，选择了 ${oneLine(speakerName)}；其档期已预留。`
      : `${who} accepted the proposal and chose ${oneLine(speakerName)}; their days are now held.`
  return language === 'zh'
    ? `${who} 婉拒了方案。理由：${oneLine(proposal.answer?.reason)}`
    : `${who} declined the proposal. Reason: ${oneLine(proposal.answer?.reason)}`
}

/** To the staff behind the proposal, in both languages (see staffBookingEmail). */
export const proposalAnswerEmail = (answer: Answer) => {
  const event = oneLine(answer.request.eventName)
  const accepted = answer.proposal.answer?.kind === 'accepted'
  return {
    subject: `${accepted ? 'Proposal accepted' : 'Proposal declined'}: ${event} · ${accepted ? '客户已接受方案' : '客户已婉拒方案'}`,
    text: [
      answerLine(answer, 'en'),
      answerLine(answer, 'zh'),
      `Reference / 申请编号: ${answer.request.reference ?? ''}`,
      '',
      answer.adminUrl,
    ].join('\n'),
  }
}

/** The same for the staff channel (Slack-compatible; &, < and > escaped). */
export const proposalAnswerMessage = (answer: Answer) => {
  const escape = (value: unknown) =>
    oneLine(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return {
    text: `${escape(answerLine(answer, 'en'))} · ${escape(answerLine(answer, 'zh'))} *${escape(answer.request.eventName)}*, ${answer.request.reference ?? ''} <${answer.adminUrl}|open · 打开>`,
  }
}
